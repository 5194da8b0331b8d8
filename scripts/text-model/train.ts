/**
 * Trains the text-dump line model. usage:
 *   npx tsx scripts/text-model/train.ts            # train on all pages, write src/extract/text/model.json and the
 *                                                  # learned lexicon src/extract/vocab/line-lexicon.json (--lexicon-out)
 *   npx tsx scripts/text-model/train.ts --cv       # also 5-fold cross-validation by page (wcxb_f1 on w3m dumps)
 *   options: --trees N --depth N --lr X … (see gbdt-train.ts), --tools w3m,lynx, --no-write,
 *   --stack [--stack-inner K] [--stack-stage1 full|merged] [--stage2-weight W] (second stage, see below),
 *   --alpha A --floor F (the expected-F1 page decision, decide.ts; --alpha 0 = fixed --threshold), --oracle,
 *   --extra scrapinghub (more training pages, never test pages; dumps from make-dumps.sh OUTDIR/scrapinghub SET;
 *   --extra-weight X scales their line weights), --truth-weight G (page weight × (page words / truth words)^G),
 *   --bag K (K models with their own seeds, merged), --cv-meta FILE (meta.cv from a separate CV run, JSON),
 *   --scores FILE / --save-proba FILE (per-page CV scores / probabilities, for scripts/text-model/post.ts),
 *   --eval-tools innertext,gettext (dumps scored held out in CV but never trained on), --tool-weight T=X,… (scales
 *   one tool's line weights)
 * Extra dumps (lynx/links/elinks) come from scripts/text-model/make-dumps.sh.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageIds, loadPages, loadExtraPages, foldOf, availableTools } from './dataset.js';
import { trainRows, crossValidateRows, pageRows, bodyOf, type StackOptions } from './cv.js';
import { DEFAULT_TRAIN, type TrainOptions } from './gbdt-train.js';
import { wcxbF1, wcxbWords } from './metric.js';
import { lexData, fillLexicon, lexiconJson } from './lexicon.js';

const args = process.argv.slice(2);
const flag = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const opt: TrainOptions = { ...DEFAULT_TRAIN };
for (const k of Object.keys(opt) as (keyof TrainOptions)[]) { const v = flag(`--${k}`); if (v) opt[k] = Number(v); }
const tools = (flag('--tools') ?? availableTools().join(',')).split(',');
const ids = pageIds();
const extra = flag('--extra')?.split(',').filter(Boolean) ?? [];
// --eval-tools: dumps of the wcxb pages scored held out in CV, never trained on (a format the model has not seen)
const evalOnly = new Set(flag('--eval-tools')?.split(',').filter(Boolean) ?? []);
const pages = [...loadPages(ids, tools), ...loadPages(ids, [...evalOnly]), ...extra.flatMap((set) => loadExtraPages(set, tools))];
console.error(`pages: ${ids.length} ids${extra.length ? ` + ${extra.join(',')} (training only)` : ''}, ${pages.length} dumps (${tools.join(', ')}); options ${JSON.stringify(opt)}`);

const alpha = Number(flag('--alpha') ?? 1);
const rule = alpha > 0 ? { rule: 'expected-f1' as const, alpha, floor: Number(flag('--floor') ?? 0.1) } : undefined;
let t0 = performance.now();
const rows = pageRows(pages);
const extraWeight = Number(flag('--extra-weight') ?? 1);
for (const r of rows) if (r.id.includes(':')) r.w.forEach((v, i) => { r.w[i] = v * extraWeight; });
// --tool-weight innertext=0.5,gettext=0.5: scales the line weights of one tool's dumps
const toolWeight = new Map((flag('--tool-weight') ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])] as const));
for (const r of rows) { const tw = toolWeight.get(r.tool); if (tw !== undefined) r.w.forEach((v, i) => { r.w[i] = v * tw; }); }
// --truth-weight G: a page's weight × (page words / truth words)^G (clipped to 1/10…10): an extra word kept or missed
// moves a page's F1 by ≈ 1 / (truth words), so pages with a small article among much chrome count more
const truthWeight = Number(flag('--truth-weight') ?? 0);
/**
 * --stack: a second stage (stack.ts). --stack-inner K: page groups for stage one's out-of-fold probabilities (2);
 * --stack-stage1 full|merged: stage one on new pages (merged); --stage2-weight W: stage two's share of the final
 * log-odds, stage one's 1 − W (1).
 */
const stack: StackOptions | null = args.includes('--stack')
  ? { inner: Number(flag('--stack-inner') ?? 2), stage1: flag('--stack-stage1') === 'full' ? 'full' : 'merged', weight: Number(flag('--stage2-weight') ?? 1) }
  : null;
if (truthWeight) {
  for (const r of rows) {
    const tw = wcxbWords(r.body).length; let pw = 0;
    for (const s of r.stats) pw += s.words;
    const f = Math.min(10, Math.max(0.1, Math.pow((pw + 1) / (tw + 1), truthWeight)));
    r.w.forEach((v, i) => { r.w[i] = v * f; });
  }
}
console.error(`features and labels: ${rows.reduce((a, r) => a + r.y.length, 0)} lines in ${Math.round(performance.now() - t0)} ms`);
if (args.includes('--oracle')) {
  // keep exactly the lines labelled article: the most the labels allow
  const w = rows.filter((r) => r.tool === 'w3m' && !r.id.includes(':'));
  const f = w.map((r) => wcxbF1(bodyOf(r.prep, Float64Array.from(r.y), 0.5), r.body).f1);
  const byType: Record<string, number[]> = {};
  w.forEach((r, i) => (byType[r.type] ??= []).push(f[i]!));
  const by = Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 1000) / 1000]));
  console.log(`oracle wcxb_f1 (w3m, labels as predictions): ${(f.reduce((a, b) => a + b, 0) / f.length).toFixed(4)} ${JSON.stringify(by)}`);
}
let cv: Record<string, unknown> | undefined;
if (args.includes('--cv')) {
  const ths = (flag('--thresholds') ?? '0.5').split(',').map(Number);
  const folds = foldOf(ids, 5);
  const r = crossValidateRows(rows, folds, 5, 'w3m', opt, ths, console.error, stack, rule, evalOnly);
  const scoresOut = flag('--scores');
  if (scoresOut) writeFileSync(scoresOut, JSON.stringify(r.scores));
  const probaOut = flag('--save-proba');
  const probaJson = (m: Map<string, Float64Array>): string => JSON.stringify(Object.fromEntries([...m].map(([id, p]) => [id, Array.from(p, (v) => Math.round(v * 1e4) / 1e4)])));
  if (probaOut) writeFileSync(probaOut, probaJson(r.proba));
  // with a second stage, stage one's probabilities too (FILE.stage1.json), for blending experiments
  if (probaOut && r.proba1.size) writeFileSync(probaOut.replace(/(\.json)?$/, '.stage1.json'), probaJson(r.proba1));
  const pr: Record<string, string> = {};
  for (const t of [...new Set(r.scores.map((s) => s.type))].sort()) {
    const ss = r.scores.filter((s) => s.type === t);
    const m = (k: 'p' | 'r'): number => ss.reduce((a, s) => a + s[k], 0) / ss.length;
    pr[t] = `P ${m('p').toFixed(3)} R ${m('r').toFixed(3)}`;
  }
  console.log(`precision / recall by type: ${JSON.stringify(pr)}`);
  const keepAll = pages.filter((p) => p.tool === 'w3m' && folds.has(p.id)).map((p) => wcxbF1(p.text, p.body).f1);
  console.log(`cv wcxb_f1 (w3m, 5-fold by page): ${JSON.stringify(r.thresholds)}  keep-all ${(keepAll.reduce((a, b) => a + b, 0) / keepAll.length).toFixed(4)}`);
  console.log(`other tools' dumps of the held-out pages: ${JSON.stringify(r.byTool, (_, v) => (typeof v === 'number' ? Math.round(v * 10000) / 10000 : v))}`);
  console.log(`by type: ${JSON.stringify(r.byType, (_, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v))}`);
  cv = { wcxb_f1: Math.round(r.f1 * 10000) / 10000, ...(rule ? {} : { thresholds: r.thresholds }), byType: Object.fromEntries(Object.entries(r.byType).map(([k, v]) => [k, Math.round(v * 1000) / 1000])), otherTools: Object.fromEntries(Object.entries(r.byTool).map(([k, v]) => [k, Math.round(v * 10000) / 10000])), evaluatedOn: `wcxb-dev-w3m, 5-fold by page, trained on the other folds (${tools.join('+')}), ${rule ? `expected-F1 decision α ${rule.alpha}` : `p >= ${ths[0]}`}`, date: new Date().toISOString().slice(0, 10) };
}
// --cv-meta FILE: the held-out figure of a separate `--cv --no-write` run with the same options (JSON, as meta.cv)
const cvMeta = flag('--cv-meta');
if (cvMeta && !cv) cv = JSON.parse(readFileSync(cvMeta, 'utf8')) as Record<string, unknown>;
if (!args.includes('--no-write')) {
  t0 = performance.now();
  // the learned word lexicon: all training pages; each row's columns out of fold (lexicon.ts)
  const trainable = rows.filter((r) => !evalOnly.has(r.tool));
  const lex = lexData(trainable);
  const lexicon = fillLexicon(lex, trainable, []);
  const model = trainRows(trainable, opt, stack);
  model.threshold = Number(flag('--threshold') ?? 0.5);
  if (rule) model.decision = rule;
  model.meta = { trainedOn: `wcxb-dev ${ids.length} pages${extra.length ? ` + ${extra.join(', ')}` : ''}, dumps: ${tools.join(',')}`, options: opt, ...(stack ? { stack } : {}), ...(cv ? { cv } : {}) };
  const out = flag('--out') ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../src/extract/text/model.json');
  const round = (v: number): number => Math.fround(v) === v ? v : Math.round(v * 1e6) / 1e6;
  const lexOut = flag('--lexicon-out') ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../src/extract/vocab/line-lexicon.json');
  writeFileSync(lexOut, lexiconJson(lex, lexicon));
  console.error(`wrote ${lexOut} (${lexicon.size} words)`);
  writeFileSync(out, JSON.stringify(model, (k, v) => (k === 'v' || k === 'base' ? (Array.isArray(v) ? v.map(round) : round(v)) : v)) + '\n');
  console.error(`wrote ${out} (${model.trees.length} trees) in ${Math.round(performance.now() - t0)} ms`);
}
