import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
const [set, id] = process.argv.slice(2);
const dir = `/work/shared/bench/${set}`;
const t = JSON.parse(readFileSync(`${dir}/${id}.json`, 'utf8'));
const r = clean(gunzipSync(readFileSync(`${dir}/${id}.html.gz`)), { url: t.url, maxRemoved: 2000 });
for (const x of r.removed) if (process.argv[4] ? x.text.includes(process.argv[4]) : true) console.log(x.reason.padEnd(10), x.text.slice(0, 150));
