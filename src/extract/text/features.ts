/**
 * Feature vectors for the line classifier: each line's own evidence, its neighbours', repetition in the
 * page, its place relative to the densest run of prose, and which way its words leaned (article or chrome) on the
 * training sites (the learned lexicon, lexicon.ts).
 */
import type { DumpLine } from './lines.js';
import { lineStats, pickStopList, stopListLang, wordsOf, type LineStats } from './line-stats.js';
import { shapeFeatures, SHAPE_NAMES } from './page-shape.js';
import { lexiconFeatures, shippedValues, LEXICON_NAMES } from './lexicon.js';

const LINE_NAMES = [
  'logWords', 'logChars', 'cjkShare', 'endsSentence', 'punctPerWord', 'commaPerWord', 'stopRatio', 'bullet', 'indent',
  'titleCase', 'upperCase', 'digitShare', 'hasDate', 'dateOnly', 'hasTime', 'counterOnly', 'url', 'separators',
  'social', 'chromeWords', 'chromeLine', 'copyright', 'widget', 'paywall', 'notice', 'endsColon', 'startsLower',
  'startsQuote', 'avgWordLen', 'pieces', 'blankBefore', 'blankAfter', 'prose',
  'logRepeat', 'dupPrev', 'dupNext', 'pairRepeat',
  'prevWords', 'nextWords', 'prev2Words', 'next2Words', 'prevDateOnly', 'nextDateOnly', 'prevBullet', 'nextBullet',
  'prevEnds', 'nextEnds', 'win2Words', 'win5Words', 'win5Ends', 'win5Stop', 'win5Bullet', 'win5Chrome', 'win5Date',
  'win10Prose', 'shortRun', 'bulletRun',
  'relPos', 'wordsBefore', 'inRun', 'runStartDist', 'runEndDist', 'runWordShare', 'nearestProse', 'afterPaywall',
  'afterCopyright', 'afterNotice', 'pageLines', 'pageWords', 'pageProseShare', 'wrapped', 'relWords', 'pageCjk',
  'relIndent', 'stopVsPage', 'secondRun',
] as const;

export const FEATURE_NAMES = [...LINE_NAMES, ...SHAPE_NAMES, ...LEXICON_NAMES] as const;

export const NUM_FEATURES = FEATURE_NAMES.length;

export interface PageFeatures {
  stats: LineStats[];
  /** Row-major, `lines.length × NUM_FEATURES`. */
  x: Float32Array;
  /** Densest run of prose lines [start, end] (inclusive), or [-1, -1]. */
  run: [number, number];
}

const log1p = Math.log1p;

/** A line that reads as running text: long enough and punctuated like a sentence. */
export function isProse(s: LineStats): boolean {
  return (s.words >= 12 && (s.endsSentence || s.sentencePunct > 0 || s.commas > 1))
    || (s.words >= 25) || (s.words >= 7 && s.endsSentence && s.stopRatio > 0.15);
}

/** The window of lines with the largest sum of (prose words − chrome penalty): Kadane's algorithm. */
function densestRun(stats: LineStats[], skip: (i: number) => boolean): [number, number, number] {
  let best = 0; let bs = -1; let be = -1; let cur = 0; let cs = 0;
  for (let i = 0; i < stats.length; i++) {
    const s = stats[i]!;
    const gain = skip(i) ? -1e9 : isProse(s) ? Math.min(s.words, 120) : -(3 + Math.min(s.words, 10) * 0.5);
    if (cur <= 0) { cur = 0; cs = i; }
    cur += gain;
    if (cur > best) { best = cur; bs = cs; be = i; }
  }
  return [bs, be, best];
}

export function pageFeatures(lines: DumpLine[], wrapWidth: number): PageFeatures {
  const n = lines.length;
  const words = lines.map((l) => wordsOf(l.text));
  const stops = pickStopList(lines, words);
  const lang = stopListLang(stops);
  const stats = lines.map((l, i) => lineStats(l, stops, words[i]));
  const F = NUM_FEATURES;
  const x = new Float32Array(n * F);
  const prose = stats.map(isProse);
  const keyCount = new Map<string, number>();
  for (const s of stats) keyCount.set(s.key, (keyCount.get(s.key) ?? 0) + 1);
  const pairCount = new Map<string, number>();
  for (let i = 0; i + 1 < n; i++) { const k = stats[i]!.key + '\n' + stats[i + 1]!.key; pairCount.set(k, (pairCount.get(k) ?? 0) + 1); }

  let totalWords = 0; let proseCount = 0; let cjkTotal = 0; let stopSum = 0;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const s = stats[i]!;
    totalWords += s.words; cjkTotal += s.cjk; cum[i + 1] = totalWords;
    if (prose[i]) { proseCount++; stopSum += s.stopRatio; }
  }
  const pageStop = proseCount ? stopSum / proseCount : 0;
  const proseWords = stats.filter((_, i) => prose[i]).map((s) => s.words).sort((a, b) => a - b);
  const medProse = proseWords.length ? proseWords[proseWords.length >> 1]! : 10;
  const [rs, re, rbest] = densestRun(stats, () => false);
  const [r2s, r2e, r2best] = densestRun(stats, (i) => i >= rs && i <= re);
  const runWords = rs >= 0 ? cum[re + 1]! - cum[rs]! : 0;
  let indentSum = 0; let indentN = 0;
  for (let i = rs; i >= 0 && i <= re; i++) if (prose[i]) { indentSum += lines[i]!.indent; indentN++; }
  const runIndent = indentN ? indentSum / indentN : 0;

  // nearest prose line distance, both directions
  const nearest = new Int32Array(n).fill(1e6);
  for (let i = 0, last = -1e6; i < n; i++) { if (prose[i]) last = i; nearest[i] = i - last; }
  for (let i = n - 1, last = 1e6; i >= 0; i--) { if (prose[i]) last = i; nearest[i] = Math.min(nearest[i]!, last - i); }
  // runs of short lines and of bullets
  const shortRun = new Int32Array(n); const bulletRun = new Int32Array(n);
  for (let i = 0; i < n;) {
    let j = i; while (j < n && stats[j]!.words < 6) j++;
    for (let k = i; k < j; k++) shortRun[k] = j - i;
    i = j === i ? i + 1 : j;
  }
  for (let i = 0; i < n;) {
    let j = i; while (j < n && lines[j]!.bullet) j++;
    for (let k = i; k < j; k++) bulletRun[k] = j - i;
    i = j === i ? i + 1 : j;
  }
  let seenPaywall = false; let seenCopyright = false; let seenNotice = false;
  const lw = (i: number): number => (i >= 0 && i < n ? log1p(stats[i]!.words) : -1);
  // window means (the line itself left out) from prefix sums
  const prefix = (f: (k: number) => number): Float64Array => {
    const c = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) c[k + 1] = c[k]! + f(k);
    return c;
  };
  const cWords = prefix((k) => log1p(stats[k]!.words));
  const cEnds = prefix((k) => +stats[k]!.endsSentence);
  const cStop = prefix((k) => stats[k]!.stopRatio);
  const cBullet = prefix((k) => +lines[k]!.bullet);
  const cChrome = prefix((k) => +(stats[k]!.chromeLine || stats[k]!.social > 0));
  const cDate = prefix((k) => +stats[k]!.dateOnly);
  const cProse = prefix((k) => +prose[k]!);
  const winMean = (i: number, r: number, c: Float64Array): number => {
    const a = Math.max(0, i - r); const b = Math.min(n - 1, i + r);
    const cnt = b - a;
    return cnt ? (c[b + 1]! - c[a]! - (c[i + 1]! - c[i]!)) / cnt : 0;
  };

  for (let i = 0; i < n; i++) {
    const s = stats[i]!; const l = lines[i]!;
    const w = s.words || 1;
    const v: number[] = [
      log1p(s.words), log1p(s.chars), s.words ? s.cjk / s.words : 0, +s.endsSentence, s.sentencePunct / w, s.commas / w,
      s.stopRatio, +l.bullet, Math.min(l.indent, 20), s.titleCase, s.upperCase, s.digitShare, +s.hasDate, +s.dateOnly,
      +s.hasTime, +s.counterOnly, +s.url, s.separators, s.social, s.chromeWords, +s.chromeLine, +s.copyright, +s.widget,
      +s.paywall, +s.notice, +s.endsColon, +s.startsLower, +s.startsQuote, s.avgWordLen, Math.min(l.pieces, 20),
      +l.blankBefore, +l.blankAfter, +prose[i]!,
      log1p(keyCount.get(s.key) ?? 1), +(i > 0 && stats[i - 1]!.key === s.key), +(i + 1 < n && stats[i + 1]!.key === s.key),
      i + 1 < n ? log1p((pairCount.get(s.key + '\n' + stats[i + 1]!.key) ?? 1) - 1) : 0,
      lw(i - 1), lw(i + 1), lw(i - 2), lw(i + 2),
      i > 0 ? +stats[i - 1]!.dateOnly : 0, i + 1 < n ? +stats[i + 1]!.dateOnly : 0,
      i > 0 ? +lines[i - 1]!.bullet : 0, i + 1 < n ? +lines[i + 1]!.bullet : 0,
      i > 0 ? +stats[i - 1]!.endsSentence : 0, i + 1 < n ? +stats[i + 1]!.endsSentence : 0,
      winMean(i, 2, cWords), winMean(i, 5, cWords), winMean(i, 5, cEnds), winMean(i, 5, cStop),
      winMean(i, 5, cBullet), winMean(i, 5, cChrome), winMean(i, 5, cDate), winMean(i, 10, cProse),
      log1p(shortRun[i]!), log1p(bulletRun[i]!),
      n > 1 ? i / (n - 1) : 0, totalWords ? cum[i]! / totalWords : 0,
      rs >= 0 && i >= rs && i <= re ? 1 : 0,
      rs >= 0 ? Math.sign(i - rs) * log1p(Math.abs(i - rs)) : 0,
      rs >= 0 ? Math.sign(i - re) * log1p(Math.abs(i - re)) : 0,
      totalWords ? runWords / totalWords : 0,
      log1p(Math.min(nearest[i]!, 1000)),
      +seenPaywall, +seenCopyright, +seenNotice,
      log1p(n), log1p(totalWords), n ? proseCount / n : 0, wrapWidth ? 1 : 0,
      s.words / Math.max(medProse, 1), totalWords ? cjkTotal / totalWords : 0,
      l.indent - runIndent, s.stopRatio - pageStop,
      r2s >= 0 && i >= r2s && i <= r2e ? r2best / Math.max(rbest, 1) : 0,
    ];
    if (s.paywall) seenPaywall = true;
    if (s.copyright) seenCopyright = true;
    if (s.notice) seenNotice = true;
    x.set(v, i * F);
  }
  const shape = shapeFeatures(lines, stats, prose, [rs, re]);
  const L = LINE_NAMES.length; const K = SHAPE_NAMES.length;
  for (let i = 0; i < n; i++) x.set(shape.subarray(i * K, i * K + K), i * F + L);
  const lex = lexiconFeatures(lines.map((l, i) => shippedValues(words[i]!, l.text, lang)), (v) => v, lines.map((l) => l.blankBefore));
  const X = LEXICON_NAMES.length;
  for (let i = 0; i < n; i++) x.set(lex.subarray(i * X, i * X + X), i * F + L + K);
  return { stats, x, run: [rs, re] };
}
