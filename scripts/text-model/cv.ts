/** Training rows from pages, and k-fold cross-validation by page scored with WCXB's metric through the real extractor. */
import { prepareDump, extractWithModel, NUM_FEATURES, FEATURE_NAMES } from '../../src/extract/text/index.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { blocksToText } from '../../src/extract/types.js';
import type { GbdtModel } from '../../src/extract/text/gbdt.js';
import { trainGbdt, DEFAULT_TRAIN, type TrainOptions } from './gbdt-train.js';
import { labelLines } from './label.js';
import { wcxbF1 } from './metric.js';
import type { Page } from './dataset.js';

export interface Rows { x: Float32Array; y: Uint8Array; w: Float32Array }

export function buildRows(pages: Page[]): Rows {
  const xs: Float32Array[] = []; const ys: Uint8Array[] = []; const ws: Float32Array[] = [];
  for (const p of pages) {
    const d = prepareDump(p.text, null, []);
    const n = d.lines.length;
    if (!n) continue;
    const y = labelLines(d.lines, p.body);
    const w = new Float32Array(n);
    let tot = 0;
    for (const s of d.feats.stats) tot += s.words + 1;
    d.feats.stats.forEach((s, i) => { w[i] = ((s.words + 1) / tot) * 100; });
    xs.push(d.feats.x); ys.push(y); ws.push(w);
  }
  const n = ys.reduce((a, b) => a + b.length, 0);
  const x = new Float32Array(n * NUM_FEATURES); const y = new Uint8Array(n); const w = new Float32Array(n);
  let o = 0;
  for (let k = 0; k < ys.length; k++) { x.set(xs[k]!, o * NUM_FEATURES); y.set(ys[k]!, o); w.set(ws[k]!, o); o += ys[k]!.length; }
  return { x, y, w };
}

export function train(pages: Page[], opt: TrainOptions = DEFAULT_TRAIN): GbdtModel {
  const r = buildRows(pages);
  return trainGbdt(r.x, NUM_FEATURES, r.y, r.w, [...FEATURE_NAMES], opt);
}

export function ctxFor(): ReturnType<typeof createContext> {
  return createContext({ ...DEFAULTS } as ResolvedOptions, null, {});
}

export function extractBody(text: string, model: GbdtModel): string {
  return blocksToText(extractWithModel(text, ctxFor(), [], model).blocks);
}

export interface CvResult { f1: number; byType: Record<string, number>; perPage: Map<string, string>; thresholds: Record<string, number> }

/** Trains on the other folds' pages (all tools), scores the held-out fold's `evalTool` dumps. */
export function crossValidate(all: Page[], folds: Map<string, number>, k: number, evalTool: string, opt: TrainOptions = DEFAULT_TRAIN, thresholds: number[] = [0.5], log = console.error): CvResult {
  const perPage = new Map<string, string>();
  const sums: Record<string, number> = {}; const byT: Record<string, number[]> = {};
  let count = 0;
  for (let f = 0; f < k; f++) {
    const t0 = performance.now();
    const model = train(all.filter((p) => folds.get(p.id) !== f), opt);
    const test = all.filter((p) => folds.get(p.id) === f && p.tool === evalTool);
    for (const p of test) {
      for (const th of thresholds) {
        const body = extractBody(p.text, { ...model, threshold: th });
        const s = wcxbF1(body, p.body).f1;
        sums[th] = (sums[th] ?? 0) + s;
        if (th === thresholds[0]) { perPage.set(p.id, body); (byT[p.type] ??= []).push(s); }
      }
      count++;
    }
    log(`fold ${f}: trained in ${Math.round(performance.now() - t0)} ms, running mean@${thresholds[0]} ${(sums[thresholds[0]!]! / count).toFixed(4)}`);
  }
  const byType = Object.fromEntries(Object.entries(byT).map(([t, v]) => [t, v.reduce((a, b) => a + b, 0) / v.length]));
  const th = Object.fromEntries(Object.entries(sums).map(([t, v]) => [t, v / count]));
  return { f1: th[String(thresholds[0])]!, byType, perPage, thresholds: th };
}
