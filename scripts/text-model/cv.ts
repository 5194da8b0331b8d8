/** Training rows from pages, and k-fold cross-validation by page scored with WCXB's metric through the real extractor. */
import { prepareDump, scoreLines, decideKeep, extractWithModel, NUM_FEATURES, FEATURE_NAMES, type PreparedDump } from '../../src/extract/text/index.js';
import { assemble } from '../../src/extract/text/assemble.js';
import type { DecisionRule } from '../../src/extract/text/decide.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { blocksToText } from '../../src/extract/types.js';
import type { GbdtModel } from '../../src/extract/gbdt.js';
import { trainGbdt, mergeModels, DEFAULT_TRAIN, type TrainOptions } from './gbdt-train.js';
import { labelLines } from './label.js';
import { predictProba } from '../../src/extract/gbdt.js';
import { stackFeatures, STACK_NAMES } from '../../src/extract/text/stack.js';
import type { LineStats } from '../../src/extract/text/line-stats.js';
import { wcxbF1 } from './metric.js';
import { lexData, fillLexicon } from './lexicon.js';
import type { Page } from './dataset.js';

/** One dump's training rows; `prep` is kept so that evaluation does not recompute the features. */
export interface PageRows { id: string; tool: string; type: string; body: string; x: Float32Array; y: Uint8Array; w: Float32Array; stats: LineStats[]; prep: PreparedDump }

export function pageRows(pages: Page[]): PageRows[] {
  const out: PageRows[] = [];
  for (const p of pages) {
    const d = prepareDump(p.text, null, []);
    const n = d.lines.length;
    if (!n) continue;
    const y = labelLines(d.lines, p.body);
    const w = new Float32Array(n);
    let tot = 0;
    for (const s of d.feats.stats) tot += s.words + 1;
    d.feats.stats.forEach((s, i) => { w[i] = ((s.words + 1) / tot) * 100; });
    out.push({ id: p.id, tool: p.tool, type: p.type, body: p.body, x: d.feats.x, y, w, stats: d.feats.stats, prep: d });
  }
  return out;
}

function concat(rows: PageRows[], xs: Float32Array[], nf: number): { x: Float32Array; y: Uint8Array; w: Float32Array } {
  const n = rows.reduce((a, b) => a + b.y.length, 0);
  const x = new Float32Array(n * nf); const y = new Uint8Array(n); const w = new Float32Array(n);
  let o = 0;
  rows.forEach((r, k) => { x.set(xs[k]!, o * nf); y.set(r.y, o); w.set(r.w, o); o += r.y.length; });
  return { x, y, w };
}

export function fitRows(rows: PageRows[], opt: TrainOptions): GbdtModel {
  const d = concat(rows, rows.map((r) => r.x), NUM_FEATURES);
  const bag = Math.max(1, opt.bag ?? 1);
  return mergeModels(Array.from({ length: bag }, (_, k) => trainGbdt(d.x, NUM_FEATURES, d.y, d.w, [...FEATURE_NAMES], { ...opt, seed: opt.seed + 101 * k })));
}

/** The second stage (stack.ts): off, or how stage one is trained and how much stage two weighs in the end. */
export interface StackOptions {
  /** Groups of pages for stage one's out-of-fold probabilities (stage two's training rows). */
  inner: number;
  /** Stage one on new pages: one model on all rows (`full`), or the inner models merged (what stage two saw). */
  stage1: 'full' | 'merged';
  /** Stage two's share of the final log-odds (1: stage two alone). */
  weight: number;
}

/** Stage one on all rows; with `stack`, stage two on out-of-fold stage-one probabilities. */
export function trainRows(rows: PageRows[], opt: TrainOptions = DEFAULT_TRAIN, stack: StackOptions | null = null): GbdtModel {
  if (!stack) return fitRows(rows, opt);
  // stage one's probabilities for stage two's rows come out of fold: K groups of pages, each scored by a model of the others
  const K = stack.inner;
  const ids = [...new Set(rows.map((r) => r.id))].sort();
  const group = new Map(ids.map((id, i) => [id, i % K]));
  const inner = Array.from({ length: K }, (_, g) => fitRows(rows.filter((r) => group.get(r.id) !== g), opt));
  // stage one as run on new pages: the inner models merged (what stage two saw), or one model on all rows
  const m1 = stack.stage1 === 'full' ? fitRows(rows, opt) : mergeModels(inner);
  const x2 = rows.map((r) => stackFeatures(r.x, NUM_FEATURES, predictProba(inner[group.get(r.id)!]!, r.x, NUM_FEATURES), r.stats, r.prep.lines.map((l) => l.blankBefore)));
  const nf2 = NUM_FEATURES + STACK_NAMES.length;
  const d = concat(rows, x2, nf2);
  const m2 = trainGbdt(d.x, nf2, d.y, d.w, [...FEATURE_NAMES, ...STACK_NAMES], opt);
  return { ...m1, stage2: m2, ...(stack.weight < 1 ? { stage2Weight: stack.weight } : {}) };
}

export function train(pages: Page[], opt: TrainOptions = DEFAULT_TRAIN, stack: StackOptions | null = null): GbdtModel {
  const rows = pageRows(pages);
  fillLexicon(lexData(rows), rows, []);
  return trainRows(rows, opt, stack);
}

export function ctxFor(): ReturnType<typeof createContext> {
  return createContext({ ...DEFAULTS } as ResolvedOptions, null, {});
}

const structureOn = (): boolean => process.env.TEXT_NO_STRUCTURE !== '1';

export function extractBody(text: string, model: GbdtModel): string {
  return blocksToText(extractWithModel(text, ctxFor(), [], model, structureOn()).blocks);
}

/** The body the extractor returns for an already prepared dump (same as `extractBody` on its text, without rules). */
export function bodyOf(prep: PreparedDump, proba: Float64Array, threshold: number, rule?: DecisionRule): string {
  const keep = decideKeep(prep, proba, threshold, structureOn(), rule);
  const d = { lines: prep.lines, stats: prep.feats.stats, keep, paywall: prep.paywall, headerTitle: prep.headerTitle, headerLine: prep.headerLine, before: prep.before };
  return blocksToText(assemble(d, ctxFor()).blocks);
}

export interface PageScore { id: string; type: string; p: number; r: number; f1: number }
export interface CvResult { f1: number; byType: Record<string, number>; byTool: Record<string, number>; perPage: Map<string, string>; thresholds: Record<string, number>; scores: PageScore[]; proba: Map<string, Float64Array>; proba1: Map<string, Float64Array> }

/** Trains on the other folds' pages (all tools; lexicon from those pages), scores the held-out fold's `evalTool` dumps. */
/**
 * `evalOnly`: tools whose dumps are scored on the held-out pages but never trained on (a format the model has not
 * seen, as on users' machines).
 */
export function crossValidateRows(rows: PageRows[], folds: Map<string, number>, k: number, evalTool: string, opt: TrainOptions = DEFAULT_TRAIN, thresholds: number[] = [0.5], log = console.error, stack: StackOptions | null = null, rule?: DecisionRule, evalOnly: ReadonlySet<string> = new Set()): CvResult {
  const perPage = new Map<string, string>();
  const scores: PageScore[] = [];
  const probas = new Map<string, Float64Array>();
  const probas1 = new Map<string, Float64Array>();
  const sums: Record<string, number> = {}; const byT: Record<string, number[]> = {};
  let count = 0;
  const toolF: Record<string, number[]> = {};
  // the learned lexicon's columns come from the training folds only (lexicon.ts), never from the shipped lexicon
  const lex = lexData(rows);
  for (let f = 0; f < k; f++) {
    const t0 = performance.now();
    const trainSet = rows.filter((r) => folds.get(r.id) !== f && !evalOnly.has(r.tool));
    fillLexicon(lex, trainSet, rows.filter((r) => folds.get(r.id) === f));
    const model = trainRows(trainSet, opt, stack);
    const t1 = performance.now();
    for (const r of rows) {
      if (folds.get(r.id) !== f) continue;
      if (r.tool !== evalTool) {
        // the same held-out pages dumped by the other tools: the decision rule only
        (toolF[r.tool] ??= []).push(wcxbF1(bodyOf(r.prep, scoreLines(r.prep, model), thresholds[0]!, rule), r.body).f1);
        continue;
      }
      const proba = scoreLines(r.prep, model);
      probas.set(r.id, proba);
      if (model.stage2) probas1.set(r.id, predictProba(model, r.prep.feats.x, NUM_FEATURES));
      thresholds.forEach((th, ti) => {
        // the decision rule, when given, is scored as the first threshold
        const body = bodyOf(r.prep, proba, th, ti === 0 ? rule : undefined);
        const s = wcxbF1(body, r.body);
        sums[th] = (sums[th] ?? 0) + s.f1;
        if (ti === 0) { perPage.set(r.id, body); (byT[r.type] ??= []).push(s.f1); scores.push({ id: r.id, type: r.type, ...s }); }
      });
      count++;
    }
    log(`fold ${f}: trained in ${Math.round(t1 - t0)} ms, running mean@${thresholds[0]} ${(sums[thresholds[0]!]! / count).toFixed(4)}`);
  }
  const byType = Object.fromEntries(Object.entries(byT).map(([t, v]) => [t, v.reduce((a, b) => a + b, 0) / v.length]));
  const th = Object.fromEntries(Object.entries(sums).map(([t, v]) => [t, v / count]));
  const byTool = Object.fromEntries(Object.entries(toolF).map(([t, v]) => [t, v.reduce((a, b) => a + b, 0) / v.length]));
  return { f1: th[String(thresholds[0])]!, byType, byTool, perPage, thresholds: th, scores, proba: probas, proba1: probas1 };
}

export function crossValidate(all: Page[], folds: Map<string, number>, k: number, evalTool: string, opt: TrainOptions = DEFAULT_TRAIN, thresholds: number[] = [0.5], log = console.error, stack: StackOptions | null = null, rule?: DecisionRule): CvResult {
  return crossValidateRows(pageRows(all), folds, k, evalTool, opt, thresholds, log, stack, rule);
}
