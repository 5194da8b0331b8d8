/**
 * Prints one page's lines the decision keeps or the labels call article (K = kept, Y = labelled article), with the
 * saved out-of-fold probability and word count: for reading errors, not for tuning to one page.
 *   npx tsx scripts/text-model/show-page.ts PROBA.json PAGE_ID
 */
import { readFileSync } from 'node:fs';
import { loadPages } from './dataset.js';
import { pageRows } from './cv.js';
import { decideKeep } from '../../src/extract/text/index.js';

const proba = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, number[]>;
const [r] = pageRows(loadPages([process.argv[3]!], ['w3m']));
if (!r || !proba[r.id]) throw new Error(`no page ${process.argv[3]} in ${process.argv[2]}`);
const p = Float64Array.from(proba[r.id]!);
const keep = decideKeep(r.prep, p, 0.5, true, { rule: 'expected-f1', alpha: 1, floor: 0.1 });
r.prep.lines.forEach((l, i) => {
  if (keep[i] || r.y[i]) console.log(`${keep[i] ? 'K' : '-'}${r.y[i] ? 'Y' : '-'} ${p[i]!.toFixed(2)} ${r.stats[i]!.words} ${l.raw.slice(0, 110)}`);
});
