/** Dev helper: cleans one bench page from src and shows truth vs body and what was removed. usage: npx tsx scripts/peek.ts SET ID [chars] */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
import { BENCH } from '../bench/lib/sets.js';

const [set, id, n] = process.argv.slice(2);
const dir = `${BENCH}/${set}`;
const t = JSON.parse(readFileSync(`${dir}/${id}.json`, 'utf8')) as { url?: string; body?: string };
const f = existsSync(`${dir}/${id}.html.gz`) ? gunzipSync(readFileSync(`${dir}/${id}.html.gz`)) : readFileSync(`${dir}/${id}.txt`);
const r = clean(f, { url: t.url });
console.log('URL', t.url, '\nTRUTH:', (t.body ?? '').slice(0, 300).replace(/\n+/g, ' / '));
console.log('BODY:', r.body.slice(0, Number(n ?? 600)).replace(/\n+/g, ' / '));
console.log('REMOVED:\n' + r.removed.slice(0, 15).map((x) => `  ${x.reason}: ${x.text.slice(0, 100)}`).join('\n'));
