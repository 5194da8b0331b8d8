/**
 * Text-dump accuracy and speed. Default (seconds): the five seed pages scored by score_pairs.py with the
 * shipped model, the shipped model's held-out wcxb_f1 as stored in model.json by training, and the
 * per-page cost in ms per 10 KB of dump. `--cv` recomputes the held-out figure: 5-fold cross-validation by
 * page on wcxb-dev-w3m (each fold's model retrained on the other folds' pages, all tools' dumps; the
 * held-out fold's w3m dumps scored by evaluate.py) — minutes on 2 cores.
 *   npx tsx bench/text-accuracy.ts [--cv] [--trees N] [--seeds-only] [--compare-model OTHER_MODEL.json]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { clean } from '../src/index.js';
import { extractWithModel } from '../src/extract/text/index.js';
import type { GbdtModel } from '../src/extract/gbdt.js';
import shipped from '../src/extract/text/model.json' with { type: 'json' };
import { pageIds, loadPages, loadExtraPages, foldOf, availableTools, W3M_DIR, SHARED } from '../scripts/text-model/dataset.js';
import { crossValidate, ctxFor, type StackOptions } from '../scripts/text-model/cv.js';
import { DEFAULT_TRAIN } from '../scripts/text-model/gbdt-train.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const out = join(root, '.bench-out/text');
mkdirSync(join(out, 'seeds'), { recursive: true });
const MODEL = shipped as unknown as GbdtModel;
const KB10 = 10240;

// seeds: generic method only (no site rules)
const seedDir = join(root, 'fixtures/seeds');
const seedFiles = readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort();
const pairs: string[] = [];
for (const f of seedFiles) {
  const r = clean(readFileSync(join(seedDir, f), 'utf8'), { format: 'text', builtinRules: false });
  const pred = join(out, 'seeds', f.replace(/\.txt$/, '.json'));
  writeFileSync(pred, JSON.stringify(r));
  pairs.push(`${join(seedDir, f.replace(/\.txt$/, '.expected.json'))}\t${pred}`);
}
writeFileSync(join(out, 'seeds.tsv'), pairs.join('\n') + '\n');
console.log('== seeds (no site rules)');
console.log(execFileSync('python3', [join(SHARED, 'bench/score_pairs.py'), join(out, 'seeds.tsv')], { encoding: 'utf8' }).trim());

// held-out accuracy of the shipped model, as measured when it was trained
const cv = MODEL.meta?.cv as { wcxb_f1?: number; byType?: Record<string, number>; evaluatedOn?: string; date?: string } | undefined;
console.log('== shipped model');
console.log(`${MODEL.trees.length} trees, ${MODEL.features.length} features${MODEL.stage2 ? `, a second stage of ${MODEL.stage2.trees.length} trees over ${MODEL.stage2.features.length} features (weight ${MODEL.stage2Weight ?? 1})` : ''}, threshold ${MODEL.threshold}; trained on ${String(MODEL.meta?.trainedOn ?? '?')}`);
console.log(cv?.wcxb_f1 !== undefined
  ? `held-out wcxb_f1 ${cv.wcxb_f1} (${cv.evaluatedOn ?? ''}, ${cv.date ?? ''}); by type ${JSON.stringify(cv.byType)}`
  : 'held-out wcxb_f1: not stored in model.json (train with --cv, or run this bench with --cv)');

// speed: the text extractor alone on every wcxb-dev-w3m dump (steady state), and clean() on the seeds
{
  const texts = existsSync(W3M_DIR) ? readdirSync(W3M_DIR).filter((x) => x.endsWith('.txt')).map((f) => readFileSync(join(W3M_DIR, f), 'utf8')) : [];
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  if (texts.length) {
    const ctx = (): ReturnType<typeof ctxFor> => ctxFor();
    for (const t of texts.slice(0, 50)) extractWithModel(t, ctx(), [], MODEL); // warm-up
    const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let bestWall = Infinity; let bestCpu = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const w0 = performance.now(); const c0 = cpu();
      for (const t of texts) extractWithModel(t, ctx(), [], MODEL);
      bestWall = Math.min(bestWall, performance.now() - w0); bestCpu = Math.min(bestCpu, cpu() - c0);
    }
    const per = bytes / KB10;
    console.log(`== speed\ntext extractor on ${texts.length} wcxb-dev-w3m dumps (${(bytes / 1e6).toFixed(1)} MB), best of 3: ${(bestWall / per).toFixed(2)} ms per 10 KB wall, ${(bestCpu / per).toFixed(2)} ms per 10 KB CPU`);
    // --compare-model FILE: another model.json (e.g. `git show OLD:src/extract/text/model.json`), timed interleaved with
    // the shipped one in this process, so that the ratio means something on a loaded machine
    const other = flag('--compare-model');
    if (other) {
      const M2 = JSON.parse(readFileSync(other, 'utf8')) as GbdtModel;
      const best = [Infinity, Infinity];
      for (let rep = 0; rep < 4; rep++) for (const [k, m] of [MODEL, M2].entries()) {
        const c0 = cpu();
        for (const t of texts) extractWithModel(t, ctx(), [], m);
        best[k] = Math.min(best[k]!, cpu() - c0);
      }
      console.log(`shipped vs ${other}, interleaved, best of 4: ${(best[0]! / per).toFixed(2)} vs ${(best[1]! / per).toFixed(2)} ms per 10 KB CPU (${(best[0]! / best[1]!).toFixed(2)}×)`);
    }
  }
  const seeds = seedFiles.map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const t0 = performance.now(); const reps = 20;
  for (let k = 0; k < reps; k++) for (const t of seeds) clean(t, { format: 'text', builtinRules: false });
  const b = seeds.reduce((a, t) => a + Buffer.byteLength(t), 0) * reps;
  console.log(`clean() on the seeds (whole pipeline: metadata, output), steady state: ${((performance.now() - t0) / (b / KB10)).toFixed(2)} ms per 10 KB`);
}

if (args.includes('--cv') && !args.includes('--seeds-only')) {
  const ids = pageIds();
  // the extra training-only sets the shipped model was trained with (scrapinghub dumps), unless --extra says otherwise
  const extra = (flag('--extra') ?? (String(MODEL.meta?.trainedOn ?? '').includes('scrapinghub') ? 'scrapinghub' : '')).split(',').filter(Boolean);
  const pages = [...loadPages(ids, availableTools()), ...extra.flatMap((set) => loadExtraPages(set, availableTools()))];
  // the shipped model's training options, unless overridden
  const opt = { ...DEFAULT_TRAIN, ...(MODEL.meta?.options as Partial<typeof DEFAULT_TRAIN> | undefined), ...(flag('--trees') ? { trees: Number(flag('--trees')) } : {}) };
  console.log(`== wcxb-dev-w3m, 5-fold CV by page (trained on ${[...new Set(pages.map((p) => p.tool))].join('+')} dumps of the other folds)`);
  // the shipped model's second stage, if it has one (train.ts records its options in meta.stack)
  const stack = (MODEL.meta?.stack as StackOptions | undefined) ?? null;
  const r = crossValidate(pages, foldOf(ids, 5), 5, 'w3m', opt, [MODEL.threshold], console.error, stack, MODEL.decision);
  const predDir = join(out, 'wcxb-cv');
  mkdirSync(predDir, { recursive: true });
  for (const [id, body] of r.perPage) writeFileSync(join(predDir, `${id}.json`), JSON.stringify({ body, date: null }));
  console.log(`held-out wcxb_f1 (internal) ${r.f1.toFixed(4)}`);
  console.log(execFileSync('python3', [join(SHARED, 'bench/evaluate.py'), W3M_DIR, predDir, '--per-type'], { encoding: 'utf8' }).trim());
}
