/**
 * Second-stage features: the first model's probabilities around each line (neighbours, windows, the line's block,
 * the densest run of likely-article words) and over the whole page (how much of it is surely article, how much is
 * undecided, where the sure article lies from this line), appended to the line's own features. They let a second
 * model read a line's probability against its page: a 0.6 menu item after a long, sure article is not a 0.6 item
 * on a listing page where nothing is sure.
 */
import type { LineStats } from './line-stats.js';

export const STACK_NAMES = [
  'p', 'pPrev', 'pNext', 'pPrev2', 'pNext2', 'pWin3', 'pWin10', 'pMaxBefore', 'pMaxAfter', 'pRunIn', 'pRunStart',
  'pRunEnd', 'pWordsBefore', 'pWordsAfter', 'pPageKept', 'pPageMean',
  'pBlock', 'pSureShare', 'pUnsureShare', 'pExpShare', 'pAbove', 'pRel', 'sureDist', 'sureGapWords', 'sureSide',
] as const;

/** A line the first model is sure about: article with p ≥ SURE. */
const SURE = 0.9;

export function stackFeatures(x: Float32Array, nf: number, proba: Float64Array, stats: LineStats[], blankBefore: ArrayLike<boolean>): Float32Array {
  const n = proba.length;
  const K = STACK_NAMES.length;
  const nf2 = nf + K;
  const out = new Float32Array(n * nf2);
  const P = (i: number): number => (i >= 0 && i < n ? proba[i]! : 0);
  const cumP = new Float64Array(n + 1); const cumW = new Float64Array(n + 1);
  let total = 0; let keptLines = 0; let mean = 0; let sureW = 0; let unsureW = 0;
  for (let i = 0; i < n; i++) {
    const w = stats[i]!.words + 1; const p = proba[i]!;
    cumP[i + 1] = cumP[i]! + p; cumW[i + 1] = cumW[i]! + p * w; total += w;
    if (p >= 0.5) keptLines++;
    if (p >= SURE) sureW += w; else if (p > 0.3 && p < 0.7) unsureW += w;
    mean += p;
  }
  const meanW = total ? cumW[n]! / total : 0;
  // densest run of likely-article words (Kadane over (p - 0.5) × words)
  let best = 0; let bs = -1; let be = -1; let cur = 0; let cs = 0;
  for (let i = 0; i < n; i++) {
    if (cur <= 0) { cur = 0; cs = i; }
    cur += (proba[i]! - 0.5) * (stats[i]!.words + 1);
    if (cur > best) { best = cur; bs = cs; be = i; }
  }
  const win = (i: number, r: number): number => {
    const a = Math.max(0, i - r); const b = Math.min(n - 1, i + r);
    return (cumP[b + 1]! - cumP[a]!) / (b - a + 1);
  };
  const maxP = (a: number, b: number): number => { let m = 0; for (let k = Math.max(0, a); k <= Math.min(n - 1, b); k++) if (proba[k]! > m) m = proba[k]!; return m; };
  // blocks (lines between blank lines): word-weighted mean p
  const blockP = new Float64Array(n);
  for (let a = 0; a < n;) {
    let b = a;
    while (b + 1 < n && !blankBefore[b + 1]) b++;
    let s = 0; let w = 0;
    for (let i = a; i <= b; i++) { const wi = stats[i]!.words + 1; s += proba[i]! * wi; w += wi; }
    for (let i = a; i <= b; i++) blockP[i] = s / w;
    a = b + 1;
  }
  // nearest sure line (p ≥ SURE, ≥ 5 words) above and below, and the words of unlikely lines (p < 0.5) in between
  const isSure = (i: number): boolean => proba[i]! >= SURE && stats[i]!.words >= 5;
  const lowW = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) lowW[i + 1] = lowW[i]! + (proba[i]! < 0.5 ? stats[i]!.words + 1 : 0);
  const sureUp = new Int32Array(n).fill(-1); const sureDown = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) { sureUp[i] = last; if (isSure(i)) last = i; }
  for (let i = n - 1, last = -1; i >= 0; i--) { sureDown[i] = last; if (isSure(i)) last = i; }
  // word-weighted share of the page with a higher p than the line (its rank on the page)
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => proba[b]! - proba[a]!);
  const above = new Float64Array(n);
  for (let k = 0, acc = 0; k < n; k++) { const i = order[k]!; above[i] = total ? acc / total : 0; acc += stats[i]!.words + 1; }
  for (let i = 0; i < n; i++) {
    const o = i * nf2;
    out.set(x.subarray(i * nf, i * nf + nf), o);
    const up = sureUp[i]!; const down = sureDown[i]!;
    const dUp = up >= 0 ? i - up : Infinity; const dDown = down >= 0 ? down - i : Infinity;
    const near = dUp <= dDown ? up : down;
    const gap = near < 0 ? 0 : near < i ? lowW[i]! - lowW[near + 1]! : lowW[near]! - lowW[i + 1]!;
    const v = [
      P(i), P(i - 1), P(i + 1), P(i - 2), P(i + 2), win(i, 3), win(i, 10), maxP(i - 10, i - 1), maxP(i + 1, i + 10),
      bs >= 0 && i >= bs && i <= be ? 1 : 0,
      bs >= 0 ? Math.sign(i - bs) * Math.log1p(Math.abs(i - bs)) : 0,
      bs >= 0 ? Math.sign(i - be) * Math.log1p(Math.abs(i - be)) : 0,
      cumW[n]! ? cumW[i]! / cumW[n]! : 0, cumW[n]! ? (cumW[n]! - cumW[i + 1]!) / cumW[n]! : 0,
      n ? keptLines / n : 0, n ? mean / n : 0,
      blockP[i]!, total ? sureW / total : 0, total ? unsureW / total : 0, meanW, above[i]!, proba[i]! - meanW,
      near < 0 ? -1 : isSure(i) ? 0 : Math.log1p(Math.min(dUp, dDown)), Math.log1p(gap),
      // the sure article lies above (1), below (-1), on both sides (0), nowhere (-2)
      up >= 0 && down >= 0 ? 0 : up >= 0 ? 1 : down >= 0 ? -1 : -2,
    ];
    for (let k = 0; k < K; k++) out[o + nf + k] = v[k]!;
  }
  return out;
}
