/**
 * Trains the HTML block classifier (gradient-boosted trees) on the training part of scrapinghub + wcxb-dev,
 * picks the keep-thresholds (inside / outside the scored container) on out-of-fold predictions (3 folds by
 * page), and writes src/extract/html/model.json.
 * The validation part (bench/lib/split.ts) is never used here.
 * usage: npx tsx scripts/html-model/train.ts [--trees 200] [--depth 5]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/dom/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { prepareHtml } from '../../src/extract/html/index.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from '../../src/extract/html/block-features.js';
import { keepByThresholds, type BlockModel } from '../../src/extract/html/classify.js';
import { predictProba } from '../../src/extract/text/gbdt.js';
import type { RawBlock } from '../../src/extract/html/blocks.js';
import type { GbdtModel } from '../../src/extract/text/gbdt.js';
import { trainGbdt, DEFAULT_TRAIN, type TrainOptions } from '../text-model/gbdt-train.js';
import { labelLines } from '../text-model/label.js';
import { wcxbF1 } from '../text-model/metric.js';
import { listPages, readPage, ROOT } from '../../bench/lib/sets.js';
import { inSplit } from '../../bench/lib/split.js';

interface Sample { id: string; blocks: RawBlock[]; title: string | null; x: Float32Array; y: Uint8Array; w: Float32Array; body: string }

const argv = process.argv.slice(2);
const num = (name: string, def: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : def; };
const opt: TrainOptions = { ...DEFAULT_TRAIN, trees: num('--trees', 200), depth: num('--depth', 5), lr: num('--lr', 0.1), minChildWeight: num('--min-child', DEFAULT_TRAIN.minChildWeight), subsample: num('--subsample', DEFAULT_TRAIN.subsample) };

function load(): Sample[] {
  const out: Sample[] = [];
  for (const set of ['scrapinghub', 'wcxb-dev']) {
    for (const p of listPages(set)) {
      if (!inSplit(set, p.id, 'train') || typeof p.truth['body'] !== 'string') continue;
      const { text } = decodeBytes(readPage(p));
      const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, p.url, {});
      const page = prepareHtml(parseHtml(text), ctx, []);
      if (!page.blocks.length) continue;
      const body = p.truth['body'] as string;
      const { x, words } = blockFeatures(page.blocks, page.title);
      const y = labelLines(page.blocks, body);
      let tot = 0;
      for (const v of words) tot += v + 1;
      const w = Float32Array.from(words, (v) => ((v + 1) / tot) * 100);
      out.push({ id: `${set}/${p.id}`, blocks: page.blocks, title: page.title, x, y, w, body });
    }
  }
  return out;
}

function stack(samples: Sample[], xs: Float32Array[], nf: number): { x: Float32Array; y: Uint8Array; w: Float32Array } {
  const n = samples.reduce((a, s) => a + s.y.length, 0);
  const x = new Float32Array(n * nf), y = new Uint8Array(n), w = new Float32Array(n);
  let o = 0;
  samples.forEach((s, k) => { x.set(xs[k]!, o * nf); y.set(s.y, o); w.set(s.w, o); o += s.y.length; });
  return { x, y, w };
}

function trainOn(samples: Sample[], xs: Float32Array[]): GbdtModel {
  const { x, y, w } = stack(samples, xs, NUM_FEATURES);
  return trainGbdt(x, NUM_FEATURES, y, w, [...FEATURE_NAMES], opt);
}

/** Out-of-fold predictions: each page predicted by a model trained on the other folds. */
function outOfFold(samples: Sample[]): Float64Array[] {
  const out: Float64Array[] = new Array(samples.length);
  for (let k = 0; k < K; k++) {
    const idx = samples.map((_, i) => i).filter((i) => i % K !== k);
    const m = trainOn(idx.map((i) => samples[i]!), idx.map((i) => samples[i]!.x));
    samples.forEach((s, i) => { if (i % K === k) out[i] = predictProba(m, s.x, NUM_FEATURES); });
    console.error(`  fold ${k + 1}/${K}`);
  }
  return out;
}

function meanF1(samples: Sample[], probs: Float64Array[], tIn: number, tOut: number): number {
  let f = 0;
  samples.forEach((s, i) => {
    const keep = keepByThresholds(s.blocks, probs[i]!, tIn, tOut);
    f += wcxbF1(s.blocks.filter((_, j) => keep[j]).map((b) => b.text).join('\n\n'), s.body).f1;
  });
  return f / samples.length;
}

const K = 3;
const t0 = Date.now();
const samples = load();
console.error(`${samples.length} training pages, ${samples.reduce((a, s) => a + s.y.length, 0)} blocks (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const oof = outOfFold(samples);
const grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
let best = { tIn: 0.5, tOut: 0.5, f1: -1 };
for (const tIn of grid) for (const tOut of grid) {
  const f1 = meanF1(samples, oof, tIn, tOut);
  if (f1 > best.f1) best = { tIn, tOut, f1 };
}
const single = Math.max(...grid.map((t) => meanF1(samples, oof, t, t)));
console.error(`out-of-fold wcxb_f1: one threshold ${single.toFixed(4)}; in ${best.tIn} / out ${best.tOut}: ${best.f1.toFixed(4)}`);
const model: BlockModel = {
  trees: trainOn(samples, samples.map((s) => s.x)),
  thresholdIn: best.tIn,
  thresholdOut: best.tOut,
  meta: { trainedOn: 'scrapinghub + wcxb-dev, train split (bench/lib/split.ts)', pages: samples.length, oofF1: Number(best.f1.toFixed(4)), options: opt },
};
writeFileSync(join(ROOT, 'src/extract/html/model.json'), JSON.stringify(model));
console.log(`wrote src/extract/html/model.json: thresholds in ${best.tIn} / out ${best.tOut}, out-of-fold wcxb_f1 ${best.f1.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
