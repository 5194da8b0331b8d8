/** Histogram gradient-boosted trees (logistic loss) in plain TypeScript: deterministic, no dependencies. */
import type { GbdtModel, TreeJson } from '../../src/extract/gbdt.js';

export interface TrainOptions {
  trees: number;
  depth: number;
  lr: number;
  lambda: number;
  minChildWeight: number;
  subsample: number;
  colsample: number;
  bins: number;
  seed: number;
  /** Models averaged (each with its own seed), merged into one tree list with mean log-odds. */
  bag: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  trees: 150, depth: 5, lr: 0.1, lambda: 1, minChildWeight: 0.5, subsample: 0.7, colsample: 0.8, bins: 48, seed: 7, bag: 1,
};

/** Small seeded PRNG (mulberry32) so training is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binEdges(col: Float32Array, bins: number): Float32Array {
  const s = Float32Array.from(col).sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = s[Math.min(s.length - 1, Math.floor((b * s.length) / bins))]!;
    if (!edges.length || v > edges[edges.length - 1]!) edges.push(v);
  }
  // drop a top edge equal to the maximum: nothing would go right of it
  while (edges.length && edges[edges.length - 1]! >= s[s.length - 1]!) edges.pop();
  return Float32Array.from(edges);
}

/** Trains on rows `x` (row-major, nf columns), labels y (0/1), weights w. */
export function trainGbdt(x: Float32Array, nf: number, y: Uint8Array, w: Float32Array, names: string[], opt: TrainOptions = DEFAULT_TRAIN): GbdtModel {
  const n = y.length;
  const rand = rng(opt.seed);
  const edges: Float32Array[] = [];
  const bins = new Uint8Array(n * nf); // row-major, like x
  const col = new Float32Array(n);
  for (let f = 0; f < nf; f++) {
    for (let i = 0; i < n; i++) col[i] = x[i * nf + f]!;
    const e = binEdges(col, opt.bins);
    edges.push(e);
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      let lo = 0; let hi = e.length; // first edge >= v
      while (lo < hi) { const m = (lo + hi) >> 1; if (e[m]! < v) lo = m + 1; else hi = m; }
      bins[i * nf + f] = lo;
    }
  }
  let wp = 0; let ws = 0;
  for (let i = 0; i < n; i++) { wp += w[i]! * y[i]!; ws += w[i]!; }
  const p0 = Math.min(0.99, Math.max(0.01, wp / ws));
  const base = Math.log(p0 / (1 - p0));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n); const h = new Float64Array(n);
  const B = opt.bins + 1;
  const trees: TreeJson[] = [];
  const rowBuf = new Int32Array(n);
  const histOf = (idx: Int32Array, feats: Int32Array): Float64Array => {
    const hist = new Float64Array(nf * B * 2);
    const nfe = feats.length;
    const fo = new Int32Array(nfe);
    for (let q = 0; q < nfe; q++) fo[q] = feats[q]! * B;
    for (let r = 0; r < idx.length; r++) {
      const i = idx[r]!;
      const gi = g[i]!; const hi = h[i]!; const o = i * nf;
      for (let q = 0; q < nfe; q++) { const b = (fo[q]! + bins[o + feats[q]!]!) * 2; hist[b] = hist[b]! + gi; hist[b + 1] = hist[b + 1]! + hi; }
    }
    return hist;
  };
  for (let t = 0; t < opt.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = (p - y[i]!) * w[i]!; h[i] = Math.max(p * (1 - p), 1e-6) * w[i]!;
    }
    let nr = 0;
    for (let i = 0; i < n; i++) if (rand() < opt.subsample) rowBuf[nr++] = i;
    const rows = rowBuf.slice(0, nr);
    const featList: number[] = [];
    for (let f = 0; f < nf; f++) if (rand() < opt.colsample) featList.push(f);
    const feats = Int32Array.from(featList);
    const tree: TreeJson = { f: [], t: [], l: [], r: [], v: [] };
    const nodeBin: number[] = [];
    const grow = (idx: Int32Array, hist: Float64Array, depth: number): number => {
      const k = tree.f.length;
      tree.f.push(-1); tree.t.push(0); tree.l.push(-1); tree.r.push(-1); tree.v.push(0); nodeBin.push(0);
      let G = 0; let H = 0;
      for (let r = 0; r < idx.length; r++) { const i = idx[r]!; G += g[i]!; H += h[i]!; }
      tree.v[k] = (-G / (H + opt.lambda)) * opt.lr;
      if (depth >= opt.depth || H < 2 * opt.minChildWeight) return k;
      let bestGain = 1e-9; let bf = -1; let bb = -1;
      const parent = (G * G) / (H + opt.lambda);
      for (const f of feats) {
        const nb = edges[f]!.length + 1;
        if (nb < 2) continue;
        let GL = 0; let HL = 0;
        for (let b = 0; b < nb - 1; b++) {
          const o = (f * B + b) * 2;
          GL += hist[o]!; HL += hist[o + 1]!;
          const GR = G - GL; const HR = H - HL;
          if (HL < opt.minChildWeight || HR < opt.minChildWeight) continue;
          const gain = (GL * GL) / (HL + opt.lambda) + (GR * GR) / (HR + opt.lambda) - parent;
          if (gain > bestGain) { bestGain = gain; bf = f; bb = b; }
        }
      }
      if (bf < 0) return k;
      let nl = 0;
      for (let r = 0; r < idx.length; r++) if (bins[idx[r]! * nf + bf]! <= bb) nl++;
      const L = new Int32Array(nl); const R = new Int32Array(idx.length - nl);
      let a = 0; let c = 0;
      for (let r = 0; r < idx.length; r++) { const i = idx[r]!; if (bins[i * nf + bf]! <= bb) L[a++] = i; else R[c++] = i; }
      tree.f[k] = bf; tree.t[k] = edges[bf]![bb]!; nodeBin[k] = bb;
      let hl: Float64Array; let hr: Float64Array;
      if (depth + 1 < opt.depth) {
        // histogram subtraction: build the smaller child's, derive the other's
        const small = L.length <= R.length ? L : R;
        const hs = histOf(small, feats);
        const hb = new Float64Array(hist.length);
        for (let q = 0; q < hist.length; q++) hb[q] = hist[q]! - hs[q]!;
        [hl, hr] = small === L ? [hs, hb] : [hb, hs];
      } else { hl = hist; hr = hist; } // children of the last level are leaves
      tree.l[k] = grow(L, hl, depth + 1);
      tree.r[k] = grow(R, hr, depth + 1);
      return k;
    };
    grow(rows, histOf(rows, feats), 0);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.f[k]! >= 0) k = bins[i * nf + tree.f[k]!]! <= nodeBin[k]! ? tree.l[k]! : tree.r[k]!;
      score[i] = score[i]! + tree.v[k]!;
    }
    trees.push(tree);
  }
  return { version: 1, features: names, base, trees, threshold: 0.5 };
}

/** One model whose log-odds are the mean of the given models' (their trees, leaf values divided by their count). */
export function mergeModels(models: GbdtModel[]): GbdtModel {
  const m = models.length;
  if (m === 1) return models[0]!;
  return {
    ...models[0]!,
    base: models.reduce((a, x) => a + x.base, 0) / m,
    trees: models.flatMap((x) => x.trees.map((t) => ({ ...t, v: t.v.map((v) => v / m) }))),
  };
}
