// One page in, its article out: node examples/clean-file.mjs PAGE [URL]   (HTML in any charset, or a text dump; .gz ok)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from 'unchrome';

const [file, url] = process.argv.slice(2);
if (!file) { console.error('usage: node examples/clean-file.mjs PAGE [URL]'); process.exit(2); }
const raw = readFileSync(file);
const { title, date, language, author, body } = clean(file.endsWith('.gz') ? gunzipSync(raw) : raw, { url });
console.log(JSON.stringify({ title, date, language, author }, null, 2) + '\n\n' + body);
