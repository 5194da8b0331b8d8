/**
 * Sequence smoothing of the line probabilities: a two-state (chrome / article) hidden Markov chain over the
 * page's lines, whose emissions are the line model's odds and whose switches cost more inside a block than
 * at a blank line; the forward-backward posteriors replace the independent per-line probabilities.
 */
import type { DumpLine } from '../../src/extract/text/lines.js';

export interface SmoothParams {
  /** Probability of switching state between two lines of one block (no blank line between them). */
  switchIn: number;
  /** Probability of switching state at a blank line. */
  switchBlank: number;
  /** Exponent on the model's odds (< 1 trusts one line's evidence less). */
  temper: number;
  /** Share of the smoothed posterior in the returned probability (1 = posterior only). */
  mix: number;
}

const EPS = 1e-4;

/** Posterior probability that each line is article text, given the whole page's line probabilities. */
export function smoothProba(proba: Float64Array, lines: DumpLine[], sp: SmoothParams): Float64Array {
  const n = proba.length;
  const out = new Float64Array(n);
  if (!n) return out;
  // emissions as likelihoods up to a common factor: e1 / e0 = odds^temper
  const e0 = new Float64Array(n); const e1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - EPS, Math.max(EPS, proba[i]!));
    const r = Math.pow(p / (1 - p), sp.temper);
    e1[i] = r / (1 + r); e0[i] = 1 / (1 + r);
  }
  const sw = (i: number): number => (lines[i]!.blankBefore || lines[i - 1]!.blankAfter ? sp.switchBlank : sp.switchIn);
  // forward (normalised)
  const f0 = new Float64Array(n); const f1 = new Float64Array(n);
  f0[0] = 0.5 * e0[0]!; f1[0] = 0.5 * e1[0]!;
  let z = f0[0]! + f1[0]!; f0[0] = f0[0]! / z; f1[0] = f1[0]! / z;
  for (let i = 1; i < n; i++) {
    const s = sw(i);
    const a0 = f0[i - 1]! * (1 - s) + f1[i - 1]! * s;
    const a1 = f1[i - 1]! * (1 - s) + f0[i - 1]! * s;
    f0[i] = a0 * e0[i]!; f1[i] = a1 * e1[i]!;
    z = f0[i]! + f1[i]!; f0[i] = f0[i]! / z; f1[i] = f1[i]! / z;
  }
  // backward (normalised) and posteriors
  let b0 = 1; let b1 = 1;
  for (let i = n - 1; i >= 0; i--) {
    const q1 = f1[i]! * b1; const q0 = f0[i]! * b0;
    const post = q1 / (q0 + q1);
    out[i] = sp.mix * post + (1 - sp.mix) * proba[i]!;
    if (i === 0) break;
    const s = sw(i);
    const c0 = e0[i]! * b0; const c1 = e1[i]! * b1;
    const nb0 = (1 - s) * c0 + s * c1; const nb1 = (1 - s) * c1 + s * c0;
    z = nb0 + nb1; b0 = nb0 / z; b1 = nb1 / z;
  }
  return out;
}
