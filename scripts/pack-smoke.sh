#!/usr/bin/env bash
# The package as published: npm pack, install the tarball into a fresh project, use it from ESM, CommonJS,
# TypeScript (type check) and the bin. Run after `npm run build`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$tmp" | tail -n 1)
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" typescript@~5.9 @types/node@^20 >/dev/null
page='<html lang="en"><head><title>Tides turn - Harbour News</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Tides turn</h1><p>The harbour authority said on Monday that the new tide gates, built over three years, had held back the highest spring tide in a decade without any flooding in the old town.</p><p>Engineers will inspect the gates again next month, before the autumn storms, and publish their report.</p></article><footer>© Harbour News</footer></body></html>'
printf '%s' "$page" > page.html
cat > esm.mjs <<'JS'
import { clean } from 'unchrome';
import { readFileSync } from 'node:fs';
const r = clean(readFileSync('page.html'));
if (!r.body.includes('tide gates') || r.body.includes('Harbour News') || r.language !== 'en') throw new Error('ESM: ' + JSON.stringify(r));
console.log('esm ok');
JS
cat > cjs.cjs <<'JS'
const { clean, UnchromeError } = require('unchrome');
const r = clean(require('fs').readFileSync('page.html', 'utf8'));
if (!r.body.includes('tide gates')) throw new Error('CJS: ' + r.body);
try { clean(''); throw new Error('no error'); } catch (e) { if (!(e instanceof UnchromeError) || e.code !== 'EMPTY_INPUT') throw e; }
console.log('cjs ok');
JS
cat > use.ts <<'JS'
import { clean, createCleaner, defineRule, type CleanResult } from 'unchrome';
const rule = defineRule({ name: 'harbour', match: { hosts: ['harbour.example'] }, html: { remove: ['footer'] } });
const r: CleanResult = createCleaner({ rules: [rule] }).clean('<p>x</p>', { url: 'https://harbour.example/a' });
const d: string | null = clean('<p>y</p>').date;
console.log(r.body, d);
JS
cat > tsconfig.json <<'JS'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": ["node"] }, "files": ["use.ts"] }
JS
node esm.mjs
node cjs.cjs
npx tsc -p tsconfig.json && echo 'typescript ok'
npx unchrome page.html --format text | grep -q 'tide gates' && echo 'bin ok'
