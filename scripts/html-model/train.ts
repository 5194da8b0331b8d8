/**
 * Trains the HTML block classifier (gradient-boosted trees) on the training part of scrapinghub + wcxb-dev,
 * twice: a base model, and one that also sees whether Mozilla Readability kept each block. Picks the
 * keep-thresholds (inside / outside the scored container) and the uncertainty gate from which Readability is
 * consulted (within a budget share of pages) on out-of-fold predictions (3 folds by page), and writes
 * src/extract/html/model.json.
 * The validation part (bench/lib/split.ts) is never used here.
 * usage: npx tsx scripts/html-model/train.ts [--trees 200] [--depth 5]
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { featureFingerprint } from '../../src/extract/html/fingerprint.js';
import { join } from 'node:path';
import { parseHtml } from '../../src/dom/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { prepareHtml } from '../../src/extract/html/index.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from '../../src/extract/html/block-features.js';
import { keepByThresholds, uncertainty, type BlockModel } from '../../src/extract/html/classify.js';
import { markReadabilityBlocks } from '../../src/extract/html/readability.js';
import { collectHtmlFacts } from '../../src/meta/index.js';
import { pageFeatureValues, guessPageType } from '../../src/extract/page-type.js';
import { predictProba } from '../../src/extract/gbdt.js';
import { F, type RawBlock } from '../../src/extract/html/blocks.js';
import type { GbdtModel } from '../../src/extract/gbdt.js';
import { trainGbdt, DEFAULT_TRAIN, type TrainOptions } from '../text-model/gbdt-train.js';
import { labelLines } from '../text-model/label.js';
import { wcxbF1 } from '../text-model/metric.js';
import { listPages, readPage, ROOT } from '../../bench/lib/sets.js';
import { inSplit } from '../../bench/lib/split.js';

interface Sample {
  id: string; pageType: string; blocks: RawBlock[]; title: string | null; y: Uint8Array; w: Float32Array; body: string;
  /** Features without / with Readability's opinion. */
  xBase: Float32Array; xRd: Float32Array;
  /** Words per block (the metric's unit). */
  words: number[];
}

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
      const doc = parseHtml(text);
      const page = prepareHtml(doc, ctx, [], collectHtmlFacts(doc));
      const pageVals = pageFeatureValues(page.signals);
      if (!page.blocks.length) continue;
      const body = p.truth['body'] as string;
      const { x: xBase, words } = blockFeatures(page.blocks, page.title, false, pageVals);
      const rd = markReadabilityBlocks(page.blocks, text);
      const xRd = blockFeatures(page.blocks, page.title, rd, pageVals).x;
      const y = labelLines(page.blocks, body);
      let tot = 0;
      for (const v of words) tot += v + 1;
      const w = Float32Array.from(words, (v) => ((v + 1) / tot) * 100);
      out.push({ id: `${set}/${p.id}`, pageType: guessPageType(page.signals) ?? 'untyped', blocks: page.blocks, title: page.title, xBase, xRd, y, w, body, words: Array.from(words) });
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
function outOfFold(samples: Sample[], xOf: (s: Sample) => Float32Array): Float64Array[] {
  const out: Float64Array[] = new Array(samples.length);
  for (let k = 0; k < K; k++) {
    const idx = samples.map((_, i) => i).filter((i) => i % K !== k);
    const m = trainOn(idx.map((i) => samples[i]!), idx.map((i) => xOf(samples[i]!)));
    samples.forEach((s, i) => { if (i % K === k) out[i] = predictProba(m, xOf(s), NUM_FEATURES); });
    console.error(`  fold ${k + 1}/${K}`);
  }
  return out;
}

function pageF1(s: Sample, p: Float64Array, tIn: number, tOut: number): number {
  const keep = keepByThresholds(s.blocks, p, tIn, tOut);
  return wcxbF1(s.blocks.filter((_, j) => keep[j]).map((b) => b.text).join('\n\n'), s.body).f1;
}

/** The in/out thresholds with the best mean out-of-fold F1 over the pages `idx`. */
function bestFor(samples: Sample[], probs: Float64Array[], idx: number[]): { thresholdIn: number; thresholdOut: number; f1: number } {
  const grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
  let best = { thresholdIn: 0.5, thresholdOut: 0.5, f1: -1 };
  for (const tIn of grid) for (const tOut of grid) {
    const f1 = idx.reduce((a, i) => a + pageF1(samples[i]!, probs[i]!, tIn, tOut), 0) / idx.length;
    if (f1 > best.f1) best = { thresholdIn: tIn, thresholdOut: tOut, f1 };
  }
  return best;
}

/** Where one page type (30+ pages) gains ≥ 0.005 from thresholds of its own, it gets them. */
const MIN_TYPE_PAGES = 30;

/** Global thresholds plus per-page-type ones where they pay; `f1`: mean out-of-fold F1 with them. */
function bestThresholds(samples: Sample[], probs: Float64Array[]): { thresholdIn: number; thresholdOut: number; byType: Record<string, { thresholdIn: number; thresholdOut: number }>; f1: number } {
  const all = samples.map((_, i) => i);
  const global = bestFor(samples, probs, all);
  const byType: Record<string, { thresholdIn: number; thresholdOut: number }> = {};
  const types = new Map<string, number[]>();
  samples.forEach((s, i) => types.set(s.pageType, [...(types.get(s.pageType) ?? []), i]));
  let total = 0;
  for (const [type, idx] of types) {
    const own = idx.length >= MIN_TYPE_PAGES ? bestFor(samples, probs, idx) : null;
    const base = idx.reduce((a, i) => a + pageF1(samples[i]!, probs[i]!, global.thresholdIn, global.thresholdOut), 0) / idx.length;
    if (own && own.f1 >= base + 0.005) { byType[type] = { thresholdIn: own.thresholdIn, thresholdOut: own.thresholdOut }; total += own.f1 * idx.length; }
    else total += base * idx.length;
  }
  return { thresholdIn: global.thresholdIn, thresholdOut: global.thresholdOut, byType, f1: total / samples.length };
}

function thresholdsOf(t: { thresholdIn: number; thresholdOut: number; byType: Record<string, { thresholdIn: number; thresholdOut: number }> }, type: string): { thresholdIn: number; thresholdOut: number } {
  return t.byType[type] ?? t;
}

/** Pages whose block features are fingerprinted in model.json (test/extract/html/model-fingerprint.test.ts checks them). */
const FINGERPRINT_PAGES: Array<[string, string]> = [
  ['fixtures/rules/daily-harbour.html', 'https://www.dailyharbour.example/local/ferry-strike'],
  ['fixtures/rules/netease-dy-article.html', 'https://www.163.com/dy/article/example.html'],
];
const K = 3;
/** At most this share of pages may consult Readability (it costs about five times our own per-page time). */
const BUDGET = num('--budget', 0.3);
const t0 = Date.now();
const samples = load();
console.error(`${samples.length} training pages, ${samples.reduce((a, s) => a + s.y.length, 0)} blocks (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const oofBase = outOfFold(samples, (s) => s.xBase);
const oofRd = outOfFold(samples, (s) => s.xRd);
const saveOof = argv.indexOf('--save-oof');
if (saveOof >= 0) {
  // out-of-fold probabilities with what a decision rule needs, for scripts/html-model/decide-eval.ts
  writeFileSync(argv[saveOof + 1]!, JSON.stringify(samples.map((s, i) => ({
    id: s.id, pageType: s.pageType, body: s.body, texts: s.blocks.map((b) => b.text), kinds: s.blocks.map((b) => b.kind), lists: s.blocks.map((b) => b.list), container: s.blocks.map((b) => (b.flags & F.CONTAINER ? 1 : 0)),
    words: s.words, pBase: Array.from(oofBase[i]!, (v) => Number(v.toFixed(4))), pRd: Array.from(oofRd[i]!, (v) => Number(v.toFixed(4))),
  }))));
}
const tBase = bestThresholds(samples, oofBase);
const tRd = bestThresholds(samples, oofRd);
console.error(`out-of-fold wcxb_f1: base ${tBase.f1.toFixed(4)} (in ${tBase.thresholdIn} / out ${tBase.thresholdOut}, by type ${JSON.stringify(tBase.byType)}); with Readability on every page ${tRd.f1.toFixed(4)} (by type ${JSON.stringify(tRd.byType)})`);
// the gate: consult Readability where the base model is unsure, if that pays, within the budget
const rows = samples.map((s, i) => {
  const b = thresholdsOf(tBase, s.pageType), r = thresholdsOf(tRd, s.pageType);
  return { u: uncertainty(s.blocks, oofBase[i]!, b), fBase: pageF1(s, oofBase[i]!, b.thresholdIn, b.thresholdOut), fRd: pageF1(s, oofRd[i]!, r.thresholdIn, r.thresholdOut) };
});
let gate = { g: Infinity, f1: tBase.f1, share: 0 };
for (const g of [...new Set(rows.map((r) => r.u))].sort((a, b) => a - b)) {
  const share = rows.filter((r) => r.u >= g).length / rows.length;
  if (share > BUDGET) continue;
  const f1 = rows.reduce((a, r) => a + (r.u >= g ? r.fRd : r.fBase), 0) / rows.length;
  if (f1 > gate.f1) gate = { g, f1, share };
}
console.error(`gate ${gate.g.toFixed(3)}: Readability consulted on ${(gate.share * 100).toFixed(0)}% of pages, out-of-fold wcxb_f1 ${gate.f1.toFixed(4)}`);
const model: BlockModel = {
  base: { trees: trainOn(samples, samples.map((s) => s.xBase)), thresholdIn: tBase.thresholdIn, thresholdOut: tBase.thresholdOut, byType: tBase.byType },
  withReadability: { trees: trainOn(samples, samples.map((s) => s.xRd)), thresholdIn: tRd.thresholdIn, thresholdOut: tRd.thresholdOut, byType: tRd.byType },
  gate: Number.isFinite(gate.g) ? gate.g : 2,
  meta: {
    trainedOn: 'scrapinghub + wcxb-dev, train split (bench/lib/split.ts)', pages: samples.length, options: opt, budget: BUDGET,
    fingerprint: FINGERPRINT_PAGES.map(([file, url]) => ({ file, url, ...featureFingerprint(readFileSync(join(ROOT, file), 'utf8'), url) })),
    oofF1Base: Number(tBase.f1.toFixed(4)), oofF1AlwaysReadability: Number(tRd.f1.toFixed(4)), oofF1Gated: Number(gate.f1.toFixed(4)), gatedShare: Number(gate.share.toFixed(3)),
  },
};
writeFileSync(join(ROOT, 'src/extract/html/model.json'), JSON.stringify(model));
console.log(`wrote src/extract/html/model.json: out-of-fold wcxb_f1 base ${tBase.f1.toFixed(4)}, gated ${gate.f1.toFixed(4)} (Readability on ${(gate.share * 100).toFixed(0)}% of pages), always ${tRd.f1.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
