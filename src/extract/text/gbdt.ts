/** Inference for the shipped gradient-boosted trees line model (weights in model.json). */

/** One regression tree in flat arrays; node k is a leaf when `f[k] < 0`, else goes left when `x[f] <= t`. */
export interface TreeJson {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
  v: number[];
}

export interface GbdtModel {
  version: number;
  features: string[];
  /** Initial log-odds. */
  base: number;
  trees: TreeJson[];
  /** Probability above which a line is kept. */
  threshold: number;
  /** Second stage: scores the line's features plus the first stage's probabilities around it (see stack.ts). */
  stage2?: GbdtModel;
  /** Figures from training, for the record. */
  meta?: Record<string, unknown>;
}

/** Log-odds → probability that each row (of `x`, row-major with `nf` columns) is article text. */
export function predictProba(model: GbdtModel, x: Float32Array, nf: number): Float64Array {
  const n = nf ? Math.floor(x.length / nf) : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * nf;
    let s = model.base;
    for (const tr of model.trees) {
      let k = 0;
      while (tr.f[k]! >= 0) k = x[o + tr.f[k]!]! <= tr.t[k]! ? tr.l[k]! : tr.r[k]!;
      s += tr.v[k]!;
    }
    out[i] = 1 / (1 + Math.exp(-s));
  }
  return out;
}
