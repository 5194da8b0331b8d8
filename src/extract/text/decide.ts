/**
 * Per-page keep decision from the line probabilities: the set of lines with the highest expected word-level
 * F1 (the benchmark's metric), instead of one fixed threshold for every page. Lines are taken by falling
 * probability; the cut is where 2·Σ(p·w) / (Σw + α·Σall(p·w)) peaks (w = the line's words, Σall(p·w) = the
 * expected article words of the page). A page the model is unsure about keeps more than p ≥ 0.5 would.
 */

/** How the model's probabilities become keep/drop (stored in model.json). */
export interface DecisionRule {
  rule: 'expected-f1';
  /** Weight of the expected article words in the denominator (1 = plain expected F1). */
  alpha: number;
  /** Lines below this probability are never kept. */
  floor: number;
}

export function expectedF1Keep(proba: Float64Array, words: ArrayLike<number>, rule: DecisionRule): boolean[] {
  const n = proba.length;
  const keep = new Array<boolean>(n).fill(false);
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => proba[b]! - proba[a]! || a - b);
  let expected = 0;
  for (let i = 0; i < n; i++) expected += proba[i]! * words[i]!;
  let s = 0; let w = 0; let best = 0; let cut = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    if (proba[i]! < rule.floor) break;
    s += proba[i]! * words[i]!; w += words[i]!;
    const f = w + rule.alpha * expected > 0 ? (2 * s) / (w + rule.alpha * expected) : 0;
    if (f > best) { best = f; cut = k + 1; }
  }
  for (let k = 0; k < cut; k++) { const i = idx[k]!; keep[i] = words[i]! > 0 || proba[i]! >= 0.5; }
  // lines without words are kept when the model is sure, wherever the cut fell
  for (let i = 0; i < n; i++) if (!words[i] && proba[i]! >= 0.5) keep[i] = true;
  return keep;
}
