/**
 * Text-dump accuracy: the five seed pages (score_pairs.py: body F1, paywall, title …) with the shipped
 * model, and wcxb_f1 on wcxb-dev-w3m pages NOT used for training (5-fold cross-validation by page:
 * each fold's model is retrained on the other folds' pages, then evaluate.py scores the predictions).
 *   npx tsx bench/text-accuracy.ts [--seeds-only] [--trees N] [--stack]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { clean } from '../src/index.js';
import { pageIds, loadPages, foldOf, availableTools, W3M_DIR, SHARED } from '../scripts/text-model/dataset.js';
import { crossValidate } from '../scripts/text-model/cv.js';
import { DEFAULT_TRAIN } from '../scripts/text-model/gbdt-train.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const out = join(root, '.bench-out/text');
mkdirSync(join(out, 'seeds'), { recursive: true });

// seeds: generic method only (no site rules)
const seedDir = join(root, 'fixtures/seeds');
const pairs: string[] = [];
let ms = 0; let bytes = 0;
for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
  const text = readFileSync(join(seedDir, f), 'utf8');
  const t0 = performance.now();
  const r = clean(text, { format: 'text', builtinRules: false });
  ms += performance.now() - t0; bytes += text.length;
  const pred = join(out, 'seeds', f.replace(/\.txt$/, '.json'));
  writeFileSync(pred, JSON.stringify(r));
  pairs.push(`${join(seedDir, f.replace(/\.txt$/, '.expected.json'))}\t${pred}`);
}
writeFileSync(join(out, 'seeds.tsv'), pairs.join('\n') + '\n');
console.log('== seeds (no site rules)');
console.log(execFileSync('python3', [join(SHARED, 'bench/score_pairs.py'), join(out, 'seeds.tsv')], { encoding: 'utf8' }).trim());
console.log(`seed extraction, first pass (warm-up included): ${(ms / (bytes / 10240)).toFixed(2)} ms per 10 KB`);
{
  const texts = readdirSync(seedDir).filter((x) => x.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const t0 = performance.now(); const reps = 20;
  for (let k = 0; k < reps; k++) for (const t of texts) clean(t, { format: 'text', builtinRules: false });
  const b = texts.reduce((a, t) => a + t.length, 0) * reps;
  console.log(`clean() on the seeds, steady state: ${((performance.now() - t0) / (b / 10240)).toFixed(2)} ms per 10 KB (whole pipeline)`);
}

if (!args.includes('--seeds-only')) {
  const ids = pageIds();
  const pages = loadPages(ids, availableTools());
  const opt = { ...DEFAULT_TRAIN, trees: Number(flag('--trees') ?? DEFAULT_TRAIN.trees) };
  console.log(`== wcxb-dev-w3m, 5-fold CV by page (trained on ${[...new Set(pages.map((p) => p.tool))].join('+')} dumps of the other folds)`);
  const r = crossValidate(pages, foldOf(ids, 5), 5, 'w3m', opt, [0.5], () => {}, args.includes('--stack'));
  const predDir = join(out, 'wcxb-cv');
  mkdirSync(predDir, { recursive: true });
  for (const [id, body] of r.perPage) writeFileSync(join(predDir, `${id}.json`), JSON.stringify({ body, date: null }));
  console.log(`held-out wcxb_f1 (internal) ${r.f1.toFixed(4)}`);
  console.log(execFileSync('python3', [join(SHARED, 'bench/evaluate.py'), W3M_DIR, predDir, '--per-type'], { encoding: 'utf8' }).trim());
}
