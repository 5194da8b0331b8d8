/** The `unchrome` command: one page to JSON/text/markdown, or a batch of pages to a folder. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../index.js';

function readPage(path: string): Buffer {
  const raw = path === '-' ? readFileSync(0) : readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

export function pageId(path: string): string {
  return basename(path).replace(/\.gz$/, '').replace(/\.(html?|txt)$/, '');
}

const args = process.argv.slice(2);
if (args[0] === 'batch') {
  const list = args[args.indexOf('--list') + 1]!;
  const outDir = args[args.indexOf('--out-dir') + 1]!;
  mkdirSync(outDir, { recursive: true });
  const t0 = Date.now();
  let n = 0, errors = 0;
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [path, url] = line.split('\t');
    n++;
    let out: unknown;
    try { out = clean(readPage(path!), { url: url || undefined }); } catch (e) { errors++; out = { error: String((e as Error).message) }; }
    writeFileSync(join(outDir, pageId(path!) + '.json'), JSON.stringify(out));
  }
  const s = (Date.now() - t0) / 1000;
  console.log(`${n} pages, ${errors} errors, ${s.toFixed(1)} s, ${(n / s).toFixed(1)} pages/s`);
} else {
  const file = args[0] ?? '-';
  console.log(JSON.stringify(clean(readPage(file)), null, 2));
}
