/**
 * Second-stage features: the first model's probabilities around each line (neighbours, windows, the
 * densest run of likely-article words), appended to the line's own features.
 */
import type { LineStats } from './line-stats.js';

export const STACK_NAMES = [
  'p', 'pPrev', 'pNext', 'pPrev2', 'pNext2', 'pWin3', 'pWin10', 'pMaxBefore', 'pMaxAfter', 'pRunIn', 'pRunStart',
  'pRunEnd', 'pWordsBefore', 'pWordsAfter', 'pPageKept', 'pPageMean',
] as const;

export function stackFeatures(x: Float32Array, nf: number, proba: Float64Array, stats: LineStats[]): Float32Array {
  const n = proba.length;
  const K = STACK_NAMES.length;
  const nf2 = nf + K;
  const out = new Float32Array(n * nf2);
  const P = (i: number): number => (i >= 0 && i < n ? proba[i]! : 0);
  const cumP = new Float64Array(n + 1); const cumW = new Float64Array(n + 1);
  let total = 0; let keptLines = 0; let mean = 0;
  for (let i = 0; i < n; i++) {
    const w = stats[i]!.words + 1;
    cumP[i + 1] = cumP[i]! + proba[i]!; cumW[i + 1] = cumW[i]! + proba[i]! * w; total += w;
    if (proba[i]! >= 0.5) keptLines++;
    mean += proba[i]!;
  }
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
  for (let i = 0; i < n; i++) {
    const o = i * nf2;
    out.set(x.subarray(i * nf, i * nf + nf), o);
    const v = [
      P(i), P(i - 1), P(i + 1), P(i - 2), P(i + 2), win(i, 3), win(i, 10), maxP(i - 10, i - 1), maxP(i + 1, i + 10),
      bs >= 0 && i >= bs && i <= be ? 1 : 0,
      bs >= 0 ? Math.sign(i - bs) * Math.log1p(Math.abs(i - bs)) : 0,
      bs >= 0 ? Math.sign(i - be) * Math.log1p(Math.abs(i - be)) : 0,
      cumW[n]! ? cumW[i]! / cumW[n]! : 0, cumW[n]! ? (cumW[n]! - cumW[i + 1]!) / cumW[n]! : 0,
      n ? keptLines / n : 0, n ? mean / n : 0,
    ];
    for (let k = 0; k < K; k++) out[o + nf + k] = v[k]!;
  }
  void total;
  return out;
}
