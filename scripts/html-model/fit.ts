/**
 * Fitting the HTML block models, shared by train.ts (the shipped model) and cv.ts (cross-validated figures of the
 * whole procedure): loading benchmark pages as labelled blocks, out-of-fold predictions, keep-thresholds per page
 * type, the Readability gate within a budget, and the final trees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/dom/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { prepareHtml, type PreparedPage } from '../../src/extract/html/index.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from '../../src/extract/html/block-features.js';
import { stackFeatures, STACK_NAMES } from '../../src/extract/html/stack-features.js';
import { keepByThresholds, uncertainty, type BlockModel, type Thresholds } from '../../src/extract/html/classify.js';
import { markReadabilityBlocks } from '../../src/extract/html/readability.js';
import { featureFingerprint } from '../../src/extract/html/fingerprint.js';
import { collectHtmlFacts } from '../../src/meta/index.js';
import { pageFeatureValues, ruleBasedType } from '../../src/extract/page-type.js';
import { predictProba, type GbdtModel } from '../../src/extract/gbdt.js';
import type { RawBlock } from '../../src/extract/html/blocks.js';
import { trainGbdt, mergeModels, DEFAULT_TRAIN, type TrainOptions } from '../text-model/gbdt-train.js';
import { labelLines } from '../text-model/label.js';
import { wcxbF1 } from '../text-model/metric.js';
import { listPages, readPage, ROOT } from '../../bench/lib/sets.js';
import { inSplit, type Split } from '../../bench/lib/split.js';

export interface Sample {
  /** `set/id`. */
  id: string; set: string; pageId: string; url: string | null;
  pageType: string; page: PreparedPage; blocks: RawBlock[]; title: string | null; y: Uint8Array; w: Float32Array; body: string;
  /** Features without / with Readability's opinion. */
  xBase: Float32Array; xRd: Float32Array;
  /** Whether Readability found an article (its blocks carry F.READABILITY). */
  rdFound: boolean;
  /** Words per block (the metric's unit). */
  words: number[];
}

export const SETS = ['scrapinghub', 'wcxb-dev'] as const;

/** The benchmark pages of `split` with a truth body, prepared as the HTML path prepares them, labelled. */
export function loadSamples(split: Split): Sample[] {
  const out: Sample[] = [];
  for (const set of SETS) {
    for (const p of listPages(set)) {
      if (!inSplit(set, p.id, split) || typeof p.truth['body'] !== 'string') continue;
      const { text } = decodeBytes(readPage(p));
      const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, p.url, {});
      const doc = parseHtml(text);
      const page = prepareHtml(doc, ctx, [], collectHtmlFacts(doc));
      const pageVals = pageFeatureValues(page.signals);
      if (!page.blocks.length) continue;
      const body = p.truth['body'] as string;
      const { x: xBase, words } = blockFeatures(page.blocks, page.title, false, pageVals);
      const rdFound = markReadabilityBlocks(page.blocks, text);
      const xRd = blockFeatures(page.blocks, page.title, rdFound, pageVals).x;
      const y = labelLines(page.blocks, body);
      let tot = 0;
      for (const v of words) tot += v + 1;
      const w = Float32Array.from(words, (v) => ((v + 1) / tot) * 100);
      out.push({
        id: `${set}/${p.id}`, set, pageId: p.id, url: p.url, pageType: ruleBasedType(page.signals) ?? 'untyped', page,
        blocks: page.blocks, title: page.title, xBase, xRd, rdFound, y, w, body, words: Array.from(words),
      });
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

/** Column names of the first stage, and of the second (the first's plus its probabilities around each block). */
const STAGE1 = [...FEATURE_NAMES];
const STAGE2 = [...FEATURE_NAMES, ...STACK_NAMES];

function trainOn(samples: Sample[], xs: Float32Array[], names: string[], opt: TrainOptions): GbdtModel {
  const nf = names.length;
  const { x, y, w } = stack(samples, xs, nf);
  // `bag` models with their own seeds, merged into one (their mean log-odds)
  const bag = Math.max(1, opt.bag);
  return mergeModels(Array.from({ length: bag }, (_, k) => trainGbdt(x, nf, y, w, names, { ...opt, seed: opt.seed + 101 * k })));
}

/** Out-of-fold predictions: each page predicted by a model trained on the other `k` − 1 folds. */
function outOfFold(samples: Sample[], xs: Float32Array[], names: string[], k: number, opt: TrainOptions, log: (s: string) => void): Float64Array[] {
  const out: Float64Array[] = new Array(samples.length);
  for (let f = 0; f < k; f++) {
    const idx = samples.map((_, i) => i).filter((i) => i % k !== f);
    const m = trainOn(idx.map((i) => samples[i]!), idx.map((i) => xs[i]!), names, opt);
    samples.forEach((_, i) => { if (i % k === f) out[i] = predictProba(m, xs[i]!, names.length); });
    log(`  fold ${f + 1}/${k}`);
  }
  return out;
}

interface Staged {
  /** Out-of-fold probabilities of the final stage. */
  oof: Float64Array[];
  /** Trained on all pages: the first stage, carrying the second as `stage2` when stacked. */
  trees: () => GbdtModel;
}

/**
 * One block model, first stage alone or with a second stage over the first's out-of-fold probabilities (stacking):
 * the second stage learns from first-stage probabilities of pages the first stage did not see, as it will meet
 * them on new pages. Both stages' out-of-fold predictions use the same folds.
 */
function fitStaged(samples: Sample[], xs: Float32Array[], o: FitOptions): Staged {
  const oof1 = outOfFold(samples, xs, STAGE1, o.folds, o.trees, o.log);
  if (!o.stack) return { oof: oof1, trees: () => trainOn(samples, xs, STAGE1, o.trees) };
  const xs2 = samples.map((s, i) => stackFeatures(s.blocks, xs[i]!, NUM_FEATURES, oof1[i]!));
  const oof2 = outOfFold(samples, xs2, STAGE2, o.folds, o.trees, o.log);
  return { oof: oof2, trees: () => ({ ...trainOn(samples, xs, STAGE1, o.trees), stage2: trainOn(samples, xs2, STAGE2, o.trees) }) };
}

function pageF1(s: Sample, p: Float64Array, tIn: number, tOut: number): number {
  const keep = keepByThresholds(s.blocks, p, tIn, tOut);
  return wcxbF1(s.blocks.filter((_, j) => keep[j]).map((b) => b.text).join('\n\n'), s.body).f1;
}

/** The in/out thresholds with the best mean out-of-fold F1 over the pages `idx`. */
function bestFor(samples: Sample[], probs: Float64Array[], idx: number[]): Thresholds & { f1: number } {
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

interface TypedThresholds extends Thresholds { byType: Record<string, Thresholds>; f1: number }

/** Global thresholds plus per-page-type ones where they pay; `f1`: mean out-of-fold F1 with them. */
function bestThresholds(samples: Sample[], probs: Float64Array[]): TypedThresholds {
  const all = samples.map((_, i) => i);
  const global = bestFor(samples, probs, all);
  const byType: Record<string, Thresholds> = {};
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

const thresholdsOf = (t: TypedThresholds, type: string): Thresholds => t.byType[type] ?? t;

/** Pages whose block features are fingerprinted in model.json (test/extract/html/model-fingerprint.test.ts checks them). */
const FINGERPRINT_PAGES: Array<[string, string]> = [
  ['fixtures/rules/daily-harbour.html', 'https://www.dailyharbour.example/local/ferry-strike'],
  ['fixtures/rules/netease-dy-article.html', 'https://www.163.com/dy/article/example.html'],
];

/** Tree options from the command line (`--trees --depth --lr --min-child --subsample --seed --bag`); defaults: the shipped model's. */
export function treeOptions(argv: string[]): TrainOptions {
  const num = (name: string, def: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : def; };
  return { ...DEFAULT_TRAIN, trees: num('--trees', 200), depth: num('--depth', 4), lr: num('--lr', 0.05), minChildWeight: num('--min-child', 5), subsample: num('--subsample', DEFAULT_TRAIN.subsample), seed: num('--seed', DEFAULT_TRAIN.seed), bag: num('--bag', DEFAULT_TRAIN.bag) };
}

/**
 * The share of pages whose gate may consult Readability. Readability plus the second model cost about 30 ms a page
 * on the bench machines, against about 21 ms for the rest of `clean()`: at 30 % of pages unchrome ran at 1.11×
 * Readability-linkedom's speed (session 19), under the 1.5× the project keeps. At 10 % it keeps it (1.90×), for
 * about 0.001 of cross-validated F1 on each set (docs/html-extraction.md, session 20).
 */
export const GATE_BUDGET = 0.1;

export interface FitOptions {
  trees: TrainOptions;
  /** Folds for the out-of-fold predictions that choose thresholds and gate. */
  folds: number;
  /** At most this share of pages may consult Readability (it costs about five times our own per-page time). */
  budget: number;
  /** A second stage over the first stage's probabilities around each block (stack-features.ts). */
  stack: boolean;
  log: (s: string) => void;
}

export interface Fitted {
  model: BlockModel;
  oofBase: Float64Array[];
  oofRd: Float64Array[];
}

/**
 * The whole fitting procedure on `samples`: out-of-fold predictions of both models, thresholds and gate chosen on
 * them, then both models trained on all `samples`.
 */
export function fitBlockModel(samples: Sample[], o: FitOptions): Fitted {
  const base = fitStaged(samples, samples.map((s) => s.xBase), o);
  const rd = fitStaged(samples, samples.map((s) => s.xRd), o);
  const oofBase = base.oof, oofRd = rd.oof;
  const tBase = bestThresholds(samples, oofBase);
  const tRd = bestThresholds(samples, oofRd);
  o.log(`out-of-fold wcxb_f1: base ${tBase.f1.toFixed(4)} (in ${tBase.thresholdIn} / out ${tBase.thresholdOut}, by type ${JSON.stringify(tBase.byType)}); with Readability on every page ${tRd.f1.toFixed(4)} (by type ${JSON.stringify(tRd.byType)})`);
  // the gate: consult Readability where the base model is unsure, if that pays, within the budget
  const rows = samples.map((s, i) => {
    const b = thresholdsOf(tBase, s.pageType), r = thresholdsOf(tRd, s.pageType);
    return { u: uncertainty(s.blocks, oofBase[i]!, b), fBase: pageF1(s, oofBase[i]!, b.thresholdIn, b.thresholdOut), fRd: pageF1(s, oofRd[i]!, r.thresholdIn, r.thresholdOut) };
  });
  let gate = { g: Infinity, f1: tBase.f1, share: 0 };
  for (const g of [...new Set(rows.map((r) => r.u))].sort((a, b) => a - b)) {
    const share = rows.filter((r) => r.u >= g).length / rows.length;
    if (share > o.budget) continue;
    const f1 = rows.reduce((a, r) => a + (r.u >= g ? r.fRd : r.fBase), 0) / rows.length;
    if (f1 > gate.f1) gate = { g, f1, share };
  }
  o.log(`gate ${gate.g.toFixed(3)}: Readability consulted on ${(gate.share * 100).toFixed(0)}% of pages, out-of-fold wcxb_f1 ${gate.f1.toFixed(4)}`);
  const model: BlockModel = {
    base: { trees: base.trees(), thresholdIn: tBase.thresholdIn, thresholdOut: tBase.thresholdOut, byType: tBase.byType },
    withReadability: { trees: rd.trees(), thresholdIn: tRd.thresholdIn, thresholdOut: tRd.thresholdOut, byType: tRd.byType },
    gate: Number.isFinite(gate.g) ? gate.g : 2,
    meta: {
      pages: samples.length, options: o.trees, stacked: o.stack, budget: o.budget,
      fingerprint: FINGERPRINT_PAGES.map(([file, url]) => ({ file, url, ...featureFingerprint(readFileSync(join(ROOT, file), 'utf8'), url) })),
      oofF1Base: Number(tBase.f1.toFixed(4)), oofF1AlwaysReadability: Number(tRd.f1.toFixed(4)), oofF1Gated: Number(gate.f1.toFixed(4)), gatedShare: Number(gate.share.toFixed(3)),
    },
  };
  return { model, oofBase, oofRd };
}
