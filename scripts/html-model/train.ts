/**
 * Trains the HTML block classifier (gradient-boosted trees) on the training part of scrapinghub + wcxb-dev,
 * twice: a base model, and one that also sees whether Mozilla Readability kept each block. Picks the
 * keep-thresholds (inside / outside the scored container) and the uncertainty gate from which Readability is
 * consulted (within a budget share of pages) on out-of-fold predictions (3 folds by page), and writes
 * src/extract/html/model.json. The validation part (bench/lib/split.ts) is never used here; cv.ts gives
 * cross-validated figures of this same procedure.
 * usage: npx tsx scripts/html-model/train.ts [--trees 200] [--depth 4] [--lr 0.05] [--min-child 5] [--no-stack] [--budget 0.1] [--save-oof FILE]
 * (the defaults are the shipped model's options)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { F } from '../../src/extract/html/blocks.js';
import { ROOT } from '../../bench/lib/sets.js';
import { loadSamples, fitBlockModel, treeOptions, GATE_BUDGET } from './fit.js';

const argv = process.argv.slice(2);
const num = (name: string, def: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : def; };

const t0 = Date.now();
const samples = loadSamples('train');
console.error(`${samples.length} training pages, ${samples.reduce((a, s) => a + s.y.length, 0)} blocks (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const { model, oofBase, oofRd } = fitBlockModel(samples, { trees: treeOptions(argv), folds: 3, budget: num('--budget', GATE_BUDGET), stack: !argv.includes('--no-stack'), log: (s) => console.error(s) });
const saveOof = argv.indexOf('--save-oof');
if (saveOof >= 0) {
  // out-of-fold probabilities with what a decision rule needs, for scripts/html-model/decide-eval.ts
  writeFileSync(argv[saveOof + 1]!, JSON.stringify(samples.map((s, i) => ({
    id: s.id, pageType: s.pageType, body: s.body, texts: s.blocks.map((b) => b.text), kinds: s.blocks.map((b) => b.kind), lists: s.blocks.map((b) => b.list), container: s.blocks.map((b) => (b.flags & F.CONTAINER ? 1 : 0)),
    words: s.words, pBase: Array.from(oofBase[i]!, (v) => Number(v.toFixed(4))), pRd: Array.from(oofRd[i]!, (v) => Number(v.toFixed(4))),
  }))));
}
model.meta = { trainedOn: 'scrapinghub + wcxb-dev, train split (bench/lib/split.ts)', ...model.meta };
writeFileSync(join(ROOT, 'src/extract/html/model.json'), JSON.stringify(model));
const m = model.meta;
console.log(`wrote src/extract/html/model.json: out-of-fold wcxb_f1 base ${m['oofF1Base']}, gated ${m['oofF1Gated']} (Readability on ${Math.round(Number(m['gatedShare']) * 100)}% of pages), always ${m['oofF1AlwaysReadability']} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
