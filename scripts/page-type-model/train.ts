/**
 * Trains the learned page-type classifier (src/extract/page-type-model.ts): one gradient-boosted model per type, one
 * against the rest, over page-type-features.ts, on the training part of wcxb-dev (its `page_type` labels) and of
 * scrapinghub (every page an article, weighted down so that news sites do not outvote the other types), and writes
 * src/extract/page-type-model.json. Prints the validation part's accuracy against the rule-based guess.
 * usage: npx tsx scripts/page-type-model/train.ts [--cv] [--save-oof FILE] [--trees 150] [--depth 2] [--lr 0.1]
 *   --cv            5-fold cross-validation over all pages of both sets instead (writes nothing)
 *   --save-oof FILE with --cv, every page's out-of-fold type as {"set/id": type} (for scripts/html-model experiments)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseHtml } from '../../src/dom/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { collectHtmlFacts } from '../../src/meta/index.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { prepareHtml } from '../../src/extract/html/index.js';
import { ruleBasedType } from '../../src/extract/page-type.js';
import { pageTypeFeatures, PAGE_TYPE_FEATURE_NAMES } from '../../src/extract/page-type-features.js';
import { classifyPageType, type PageTypeModel } from '../../src/extract/page-type-model.js';
import { PAGE_TYPES } from '../../src/extract/vocab/page-types.js';
import { trainGbdt, DEFAULT_TRAIN, type TrainOptions } from '../text-model/gbdt-train.js';
import { listPages, readPage, ROOT } from '../../bench/lib/sets.js';
import { isValidation } from '../../bench/lib/split.js';

const argv = process.argv.slice(2);
const num = (name: string, def: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : def; };
const OPTIONS: TrainOptions = { ...DEFAULT_TRAIN, trees: num('--trees', 150), depth: num('--depth', 2), lr: num('--lr', 0.1), minChildWeight: 1, subsample: 0.8, colsample: 0.8, seed: num('--seed', 7) };
/** scrapinghub's pages are all news articles: each counts this much of a wcxb-dev page. */
const ARTICLE_SET_WEIGHT = 0.3;

interface Row { id: string; set: string; label: string; rules: string; x: Float32Array }

function loadRows(): Row[] {
  const rows: Row[] = [];
  for (const set of ['scrapinghub', 'wcxb-dev']) {
    for (const p of listPages(set)) {
      const label = set === 'scrapinghub' ? 'article' : p.truth['page_type'];
      if (typeof label !== 'string') continue;
      const doc = parseHtml(decodeBytes(readPage(p)).text);
      const facts = collectHtmlFacts(doc);
      const page = prepareHtml(doc, createContext(DEFAULTS as unknown as ResolvedOptions, p.url, {}), [], facts);
      rows.push({ id: `${set}/${p.id}`, set, label, rules: ruleBasedType(page.signals) ?? 'none', x: pageTypeFeatures(page.signals, page.blocks, facts, p.url) });
    }
  }
  return rows;
}

function fit(rows: Row[]): PageTypeModel {
  const nf = PAGE_TYPE_FEATURE_NAMES.length;
  const x = new Float32Array(rows.length * nf);
  rows.forEach((r, i) => x.set(r.x, i * nf));
  const w = Float32Array.from(rows, (r) => (r.set === 'scrapinghub' ? ARTICLE_SET_WEIGHT : 1));
  const models = PAGE_TYPES.map((t) => trainGbdt(x, nf, Uint8Array.from(rows, (r) => (r.label === t ? 1 : 0)), w, [...PAGE_TYPE_FEATURE_NAMES], OPTIONS));
  return { features: [...PAGE_TYPE_FEATURE_NAMES], types: [...PAGE_TYPES], models, meta: { trainedOn: 'wcxb-dev + scrapinghub, train split (bench/lib/split.ts)', pages: rows.length, options: OPTIONS } };
}

/** Accuracy of the learned and the rule-based type on `rows`, by set, and recall / precision by type on wcxb-dev. */
function report(rows: Row[], learned: Map<string, string>, what: string): void {
  for (const set of ['wcxb-dev', 'scrapinghub']) {
    const rs = rows.filter((r) => r.set === set);
    const acc = (f: (r: Row) => string): string => (rs.filter((r) => f(r) === r.label).length / rs.length).toFixed(3);
    console.log(`${what} ${set} (${rs.length} pages): learned ${acc((r) => learned.get(r.id)!)}, rule-based ${acc((r) => r.rules)}`);
    if (set !== 'wcxb-dev') continue;
    for (const t of PAGE_TYPES) {
      const of = rs.filter((r) => r.label === t), said = rs.filter((r) => learned.get(r.id) === t);
      const hit = of.filter((r) => learned.get(r.id) === t).length;
      console.log(`  ${t.padEnd(14)} ${String(of.length).padStart(3)} pages: recall ${(hit / Math.max(1, of.length)).toFixed(2)} (rule-based ${(of.filter((r) => r.rules === t).length / Math.max(1, of.length)).toFixed(2)}), precision ${(hit / Math.max(1, said.length)).toFixed(2)}`);
    }
  }
}

const predict = (m: PageTypeModel, rows: Row[]): Map<string, string> => new Map(rows.map((r) => [r.id, classifyPageType(r.x, m)?.type ?? 'none']));

const t0 = Date.now();
const rows = loadRows();
console.error(`${rows.length} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
if (argv.includes('--cv')) {
  const K = 5;
  const foldOf = (r: Row): number => createHash('sha1').update(`pt/${r.id}`).digest()[0]! % K;
  const oof = new Map<string, string>(), oofP = new Map<string, number>();
  for (let k = 0; k < K; k++) {
    const m = fit(rows.filter((r) => foldOf(r) !== k));
    for (const r of rows.filter((x) => foldOf(x) === k)) {
      const got = classifyPageType(r.x, m);
      oof.set(r.id, got?.type ?? 'none'); oofP.set(r.id, got?.probability ?? 0);
    }
  }
  report(rows, oof, 'cross-validated');
  // how far the winning probability can be trusted: accuracy by band, wcxb-dev
  const wx = rows.filter((r) => r.set === 'wcxb-dev');
  for (const [lo, hi] of [[0, 0.5], [0.5, 0.8], [0.8, 1.01]] as const) {
    const band = wx.filter((r) => { const p = oofP.get(r.id)!; return p >= lo && p < hi; });
    console.log(`  probability ${lo}–${Math.min(1, hi)}: ${band.length} pages, ${(band.filter((r) => oof.get(r.id) === r.label).length / Math.max(1, band.length)).toFixed(2)} right`);
  }
  const i = argv.indexOf('--save-oof');
  if (i >= 0) writeFileSync(argv[i + 1]!, JSON.stringify(Object.fromEntries(oof)));
} else {
  const train = rows.filter((r) => !isValidation(r.set, r.id.slice(r.set.length + 1)));
  const model = fit(train);
  writeFileSync(join(ROOT, 'src/extract/page-type-model.json'), JSON.stringify(model));
  console.log(`wrote src/extract/page-type-model.json (${train.length} training pages)`);
  const val = rows.filter((r) => isValidation(r.set, r.id.slice(r.set.length + 1)));
  report(val, predict(model, val), 'validation part');
}
