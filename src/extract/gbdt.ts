/** Inference for the shipped gradient-boosted tree models (HTML blocks and text-dump lines): JSON weights, typed-array trees. */

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
  /** Probability above which a line is kept (when no `decision` rule is given). */
  threshold: number;
  /** Per-page decision from the probabilities (text dumps: see decide.ts). */
  decision?: { rule: 'expected-f1'; alpha: number; floor: number };
  /** Second stage: scores the line's features plus the first stage's probabilities around it (see stack.ts). */
  stage2?: GbdtModel;
  /** With a second stage: its share of the final log-odds, the first stage having the rest (absent: 1, stage two alone). */
  stage2Weight?: number;
  /** Figures from training, for the record. */
  meta?: Record<string, unknown>;
}

/** All trees of a model in typed arrays (node indices absolute), built once per model. */
interface Packed { roots: Int32Array; f: Int32Array; t: Float32Array; l: Int32Array; r: Int32Array; v: Float64Array }

const packedCache = new WeakMap<GbdtModel, Packed>();

function pack(model: GbdtModel): Packed {
  const hit = packedCache.get(model);
  if (hit && hit.roots.length === model.trees.length) return hit;
  const total = model.trees.reduce((a, tr) => a + tr.f.length, 0);
  const p: Packed = { roots: new Int32Array(model.trees.length), f: new Int32Array(total), t: new Float32Array(total), l: new Int32Array(total), r: new Int32Array(total), v: new Float64Array(total) };
  let o = 0;
  model.trees.forEach((tr, k) => {
    p.roots[k] = o;
    for (let j = 0; j < tr.f.length; j++) {
      p.f[o + j] = tr.f[j]!; p.t[o + j] = tr.t[j]!; p.v[o + j] = tr.v[j]!;
      p.l[o + j] = o + tr.l[j]!; p.r[o + j] = o + tr.r[j]!;
    }
    o += tr.f.length;
  });
  packedCache.set(model, p);
  return p;
}

/** Log-odds → probability that each row (of `x`, row-major with `nf` columns) is article text. */
export function predictProba(model: GbdtModel, x: Float32Array, nf: number): Float64Array {
  const n = nf ? Math.floor(x.length / nf) : 0;
  const out = new Float64Array(n);
  const { roots, f, t, l, r, v } = pack(model);
  const nt = roots.length;
  for (let i = 0; i < n; i++) {
    const o = i * nf;
    let s = model.base;
    for (let q = 0; q < nt; q++) {
      let k = roots[q]!;
      let fk = f[k]!;
      while (fk >= 0) { k = x[o + fk]! <= t[k]! ? l[k]! : r[k]!; fk = f[k]!; }
      s += v[k]!;
    }
    out[i] = 1 / (1 + Math.exp(-s));
  }
  return out;
}

/** The two stages' vote: weight `w` on stage two's log-odds, 1 − w on stage one's. */
export function blendStages(p1: Float64Array, p2: Float64Array, w: number): Float64Array {
  if (w >= 1) return p2;
  const logit = (p: number): number => { const q = Math.min(1 - 1e-9, Math.max(1e-9, p)); return Math.log(q / (1 - q)); };
  return p2.map((v, i) => 1 / (1 + Math.exp(-((1 - w) * logit(p1[i]!) + w * logit(v)))));
}
