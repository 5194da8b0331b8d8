/**
 * Measures the `pageType` field end to end: clean() on every labelled wcxb-dev page (its `page_type`), accuracy on
 * the validation part (never trained on) and on the whole set, and the confusions.
 * usage: npx tsx scripts/page-type-eval.ts
 */
import { listPages, readPage } from '../bench/lib/sets.js';
import { isValidation } from '../bench/lib/split.js';
import { clean } from '../src/index.js';

const rows: Array<{ val: boolean; label: string; got: string }> = [];
for (const p of listPages('wcxb-dev')) {
  const label = p.truth['page_type'];
  if (typeof label !== 'string') continue;
  let got = 'error';
  try { got = clean(readPage(p), { url: p.url ?? undefined }).pageType ?? 'null'; } catch { /* counted as wrong */ }
  rows.push({ val: isValidation('wcxb-dev', p.id), label, got });
}
for (const [what, rs] of [['validation part', rows.filter((r) => r.val)], ['whole set', rows]] as const) {
  console.log(`${what}: ${rs.filter((r) => r.got === r.label).length} of ${rs.length} pages typed as labelled (${(rs.filter((r) => r.got === r.label).length / rs.length).toFixed(3)})`);
}
const conf = new Map<string, number>();
for (const r of rows) if (r.got !== r.label) conf.set(`${r.label} → ${r.got}`, (conf.get(`${r.label} → ${r.got}`) ?? 0) + 1);
console.log('confusions (label → pageType), whole set:');
for (const [k, v] of [...conf].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(3)} ${k}`);
