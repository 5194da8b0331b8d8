/**
 * Cross-validated figures of the whole HTML model procedure: the benchmark pages (scrapinghub + wcxb-dev, both
 * parts) are cut into K folds by page; for each fold, train.ts's procedure (out-of-fold thresholds, gate, final
 * trees) runs on the other folds only, and the held-out pages go through the same choice as clean()
 * (chooseArticle: block model, Readability gate, corrections, paywall cut). The predictions are scored by the
 * reference evaluator, by set and page type. Every page is predicted by a model that never saw it: on 578 pages
 * this is much less noisy than the 102-page validation part. The same predictions are also scored on the
 * validation part alone (bench/lib/split.ts), to show how far the procedure's training noise moves that figure.
 * usage: npx tsx scripts/html-model/cv.ts [--folds 5] [--out DIR] [--models DIR] [--budget 0.1] [tree options as train.ts]
 *   --budget S    at most this share of each fold's training pages may consult Readability (train.ts's --budget)
 *   --models DIR  keeps each fold's model there and reuses it on the next run: for trying corrections and decisions
 *                 after the model (the features must not have changed; empty the folder when they do)
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { chooseArticle } from '../../src/extract/html/index.js';
import type { BlockModel } from '../../src/extract/html/classify.js';
import { blocksToText } from '../../src/extract/types.js';
import { evaluate, listPages, readPage } from '../../bench/lib/sets.js';
import { clean } from '../../src/index.js';
import { isValidation } from '../../bench/lib/split.js';
import { loadSamples, fitBlockModel, treeOptions, SETS, GATE_BUDGET, type Sample } from './fit.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: string): string => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]! : def; };
const K = Number(opt('--folds', '5'));
const OUT = opt('--out', '/tmp/unchrome-html-cv');
const MODELS = argv.includes('--models') ? opt('--models', '') : null;
const BUDGET = Number(opt('--budget', String(GATE_BUDGET)));

/** A page's fold, by a hash of its set and id (independent of the validation split's hash). */
const foldOf = (s: Sample): number => createHash('sha1').update(`cv/${s.id}`).digest()[1]! % K;

const t0 = Date.now();
const samples = loadSamples('all');
console.error(`${samples.length} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
for (const set of SETS) { rmSync(join(OUT, set), { recursive: true, force: true }); mkdirSync(join(OUT, set), { recursive: true }); }
for (let k = 0; k < K; k++) {
  const train = samples.filter((s) => foldOf(s) !== k);
  const saved = MODELS ? join(MODELS, `fold-${k}-of-${K}.json`) : null;
  let model: BlockModel;
  if (saved && existsSync(saved)) model = JSON.parse(readFileSync(saved, 'utf8')) as BlockModel;
  else {
    model = fitBlockModel(train, { trees: treeOptions(argv), folds: 3, budget: BUDGET, stack: !argv.includes('--no-stack'), log: () => {} }).model;
    if (saved) { mkdirSync(MODELS!, { recursive: true }); writeFileSync(saved, JSON.stringify(model)); }
  }
  for (const s of samples.filter((x) => foldOf(x) === k)) {
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, s.url, {});
    const { article } = chooseArticle(s.page, ctx, () => s.rdFound, model);
    writeFileSync(join(OUT, s.set, `${s.pageId}.json`), JSON.stringify({ body: blocksToText(article.map((b) => ({ kind: b.kind, text: b.text }))), date: null }));
  }
  console.error(`fold ${k + 1}/${K} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
// pages cut into no block at all (script shells) have no sample: the model never decides them, and their body
// comes from the page's JSON-LD text or description alone, as clean() gives it
const predicted = new Set(samples.map((s) => s.id));
for (const set of SETS) {
  for (const p of listPages(set)) {
    if (predicted.has(`${set}/${p.id}`) || typeof p.truth['body'] !== 'string') continue;
    let body = '';
    try { body = clean(readPage(p), { url: p.url ?? undefined }).body; } catch { /* counts as empty */ }
    writeFileSync(join(OUT, set, `${p.id}.json`), JSON.stringify({ body, date: null }));
  }
}
for (const set of SETS) {
  const r = evaluate(set, join(OUT, set), true);
  const byType = r['wcxb_f1_by_type'] as Record<string, number> | undefined;
  console.log(`${set.padEnd(12)} aeb_f1 ${Number(r['aeb_f1']).toFixed(4)}  wcxb_f1 ${Number(r['wcxb_f1']).toFixed(4)}  (${r['n'] ?? '?'} pages)`);
  if (byType && Object.keys(byType).length > 1) for (const [t, v] of Object.entries(byType)) console.log(`   ${t.padEnd(14)} ${v.toFixed(3)}`);
}
// the same predictions on the validation part alone: how far the procedure's training noise moves the figure the
// issue is judged on (the shipped model is one draw of it)
for (const set of SETS) {
  // every validation page with a truth body, as bench:accuracy scores them (a page that gave no blocks counts 0)
  const ids = listPages(set).filter((p) => isValidation(set, p.id) && typeof p.truth['body'] === 'string').map((p) => p.id);
  const r = evaluate(set, join(OUT, set), false, ids);
  console.log(`${set.padEnd(12)} validation part only: aeb_f1 ${Number(r['aeb_f1']).toFixed(4)}  wcxb_f1 ${Number(r['wcxb_f1']).toFixed(4)}  (${ids.length} pages)`);
}
