/**
 * Page-shape features for the line classifier: repeated item patterns (listing, product and forum pages print
 * the same line shapes every k lines), the section a line sits in (a heading and the lines up to the next one),
 * the paragraph block (lines between blank lines), and page-level shares that tell listings from articles.
 */
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';
import { headingLike } from './assemble.js';
import { PRICE_RE } from './patterns.js';
import { datedListLines } from './structure.js';

export const SHAPE_NAMES = [
  'price', 'itemRepeats', 'itemPeriod', 'itemFirst', 'itemSpanShare', 'sameShapeRun',
  'secLines', 'secWords', 'secProse', 'secBullet', 'secStop', 'secChrome', 'secInRun', 'secWordShare', 'isHeading',
  'blockLines', 'blockWords', 'blockProse', 'datedList',
  'pagePrice', 'pageDateShare', 'pageBulletShare', 'pageShortShare', 'pageItemShare', 'runLineShare', 'runMeanWords', 'pageHeadings',
] as const;

/** Longest item (in lines) looked for. */
const MAX_PERIOD = 8;
/** Fewest items that make a repeated pattern. */
const MIN_ITEMS = 3;

function bucket(words: number): number {
  return words === 0 ? 0 : words <= 2 ? 1 : words <= 5 ? 2 : words <= 10 ? 3 : words <= 20 ? 4 : 5;
}

/** A line's shape: length bucket and a few flags; lines with equal shapes look alike in a list. */
function shapeOf(s: LineStats, l: DumpLine, price: boolean): number {
  return bucket(s.words) | (+l.bullet << 3) | (+(s.digitShare > 0) << 4) | (+s.endsSentence << 5) | (+price << 6) | (+(s.dateOnly || s.hasTime) << 7) | (+(s.chromeLine || s.social > 0) << 8);
}

export function shapeFeatures(lines: DumpLine[], stats: LineStats[], prose: boolean[], run: [number, number]): Float32Array {
  const n = lines.length;
  const K = SHAPE_NAMES.length;
  const out = new Float32Array(n * K);
  if (!n) return out;
  const log1p = Math.log1p;
  const price = stats.map((s, i) => s.digitShare > 0 && s.words <= 12 && PRICE_RE.test(lines[i]!.text));
  const shape = stats.map((s, i) => shapeOf(s, lines[i]!, price[i]!));
  let totalWords = 0;
  for (const s of stats) totalWords += s.words;

  // repeated items: for each period k, runs of j with shape[j] === shape[j + k]
  const items = new Float32Array(n); const period = new Float32Array(n); const first = new Float32Array(n);
  for (let k = 2; k <= MAX_PERIOD; k++) {
    for (let a = 0; a + k < n;) {
      if (shape[a] !== shape[a + k]) { a++; continue; }
      let b = a;
      while (b + 1 + k < n && shape[b + 1] === shape[b + 1 + k]) b++;
      const count = (b - a + 1) / k + 1;
      if (count >= MIN_ITEMS) {
        for (let j = a; j <= b + k; j++) {
          if (count > items[j]!) { items[j] = count; period[j] = k; first[j] = (j - a) % k === 0 ? 1 : 0; }
        }
      }
      a = b + 1;
    }
  }
  const sameRun = new Float32Array(n);
  for (let a = 0; a < n;) {
    let b = a;
    while (b + 1 < n && shape[b + 1] === shape[a]) b++;
    for (let j = a; j <= b; j++) sameRun[j] = b - a + 1;
    a = b + 1;
  }
  const dated = datedListLines(stats);
  let itemLines = 0;
  for (let j = 0; j < n; j++) if (items[j]! > 0) itemLines++;

  // sections: a heading-like line starts one
  const heading = lines.map((l, i) => headingLike(stats[i]!, l) && !stats[i]!.chromeLine && i + 1 < n && stats[i + 1]!.words > stats[i]!.words);
  let headings = 0;
  for (const h of heading) if (h) headings++;
  const secStart = new Int32Array(n); const secEnd = new Int32Array(n);
  for (let i = 0, st = 0; i < n; i++) { if (heading[i]) st = i; secStart[i] = st; }
  for (let i = n - 1, en = n - 1; i >= 0; i--) { secEnd[i] = en; if (heading[i]) en = i - 1; }
  // blocks: lines between blank lines
  const blkStart = new Int32Array(n); const blkEnd = new Int32Array(n);
  for (let i = 0, st = 0; i < n; i++) { if (lines[i]!.blankBefore) st = i; blkStart[i] = st; }
  for (let i = n - 1, en = n - 1; i >= 0; i--) { blkEnd[i] = en; if (lines[i]!.blankBefore) en = i - 1; }

  const cum = (f: (i: number) => number): Float64Array => {
    const c = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) c[i + 1] = c[i]! + f(i);
    return c;
  };
  const cW = cum((i) => stats[i]!.words);
  const cP = cum((i) => +prose[i]!);
  const cB = cum((i) => +lines[i]!.bullet);
  const cS = cum((i) => stats[i]!.stopRatio);
  const cC = cum((i) => +(stats[i]!.chromeLine || stats[i]!.social > 0));
  const sum = (c: Float64Array, a: number, b: number): number => c[b + 1]! - c[a]!;

  let priceLines = 0; let dateLines = 0; let bullets = 0; let shorts = 0;
  for (let i = 0; i < n; i++) {
    if (price[i]) priceLines++;
    if (stats[i]!.dateOnly) dateLines++;
    if (lines[i]!.bullet) bullets++;
    if (stats[i]!.words < 6) shorts++;
  }
  const [rs, re] = run;
  const runLines = rs >= 0 ? re - rs + 1 : 0;
  const runMean = runLines ? sum(cW, rs, re) / runLines : 0;
  const page = [log1p(priceLines), dateLines / n, bullets / n, shorts / n, itemLines / n, runLines / n, log1p(runMean), log1p(headings)];

  for (let i = 0; i < n; i++) {
    const a = secStart[i]!; const b = secEnd[i]!; const len = b - a + 1;
    const ba = blkStart[i]!; const bb = blkEnd[i]!; const blen = bb - ba + 1;
    const secW = sum(cW, a, b);
    let o = i * K;
    out[o++] = +price[i]!; out[o++] = log1p(items[i]!); out[o++] = period[i]!; out[o++] = first[i]!;
    out[o++] = items[i]! ? (period[i]! * items[i]!) / n : 0; out[o++] = log1p(sameRun[i]!);
    out[o++] = log1p(len); out[o++] = log1p(secW); out[o++] = sum(cP, a, b) / len; out[o++] = sum(cB, a, b) / len;
    out[o++] = sum(cS, a, b) / len; out[o++] = sum(cC, a, b) / len; out[o++] = rs >= 0 && a <= re && b >= rs ? 1 : 0;
    out[o++] = totalWords ? secW / totalWords : 0; out[o++] = +heading[i]!;
    out[o++] = log1p(blen); out[o++] = log1p(sum(cW, ba, bb)); out[o++] = sum(cP, ba, bb) / blen; out[o++] = +dated.has(i);
    for (const v of page) out[o++] = v;
  }
  return out;
}
