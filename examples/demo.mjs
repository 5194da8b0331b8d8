// Demo: cleans the bundled fixtures (the five seed text dumps, the rule fixtures, pages in legacy charsets)
// with the built package and prints what came out of each. Run: npm run demo
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { clean } from 'unchrome';

const root = new URL('../fixtures/', import.meta.url).pathname;
const pick = (dir, re) => readdirSync(join(root, dir)).filter((f) => re.test(f)).sort().map((f) => join(dir, f));
const files = [
  ...pick('seeds', /\.txt$/),
  ...pick('rules', /\.(html|txt)$/),
  // pages in legacy charsets: one re-encoded page per language, then the pages kept as they were served
  // (Big5 is left out: simplified Chinese re-encoded into Big5 loses characters by construction)
  ...pick('encodings', /\.meta\.html\.gz$/).filter((f) => !f.includes('.big5.')).filter((f, i, all) => all.findIndex((g) => g.split('.')[0] === f.split('.')[0]) === i),
  ...pick('encodings', /-served-.*\.html\.gz$/),
];

const short = (s, n) => (s == null ? '—' : s.length > n ? s.slice(0, n - 1) + '…' : s);
let chars = 0;
const t0 = performance.now();
for (const f of files) {
  const raw = readFileSync(join(root, f));
  const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
  try {
    const r = clean(bytes);
    chars += r.body.length;
    console.log(`\n■ ${f}  [${r.format}, ${r.encoding}${r.rules.length ? `, rules: ${r.rules.join(' ')}` : ''}]`);
    console.log(`  title    ${short(r.title, 90)}`);
    console.log(`  date     ${r.date ?? '—'}${r.dateSource ? ` (${r.dateSource})` : ''}   language ${r.language ?? '—'}   author ${r.author ?? '—'}   paywall ${r.paywall.detected ? 'yes' : 'no'}`);
    console.log(`  body     ${r.body.length} chars, ${r.body.split('\n\n').length} blocks: ${short(r.body.replace(/\s+/g, ' '), 110)}`);
    const reasons = {};
    for (const x of r.removed) reasons[x.reason] = (reasons[x.reason] ?? 0) + 1;
    console.log(`  removed  ${Object.entries(reasons).map(([k, v]) => `${k}×${v}`).join(' ') || 'nothing'}`);
  } catch (e) {
    console.log(`\n■ ${f}  error ${e.code ?? ''}: ${e.message}`);
  }
}
console.log(`\n${files.length} pages, ${chars} characters of article text, ${((performance.now() - t0) / 1000).toFixed(2)} s`);
