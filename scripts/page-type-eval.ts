/** Measures page-type recognition on wcxb-dev (its pages carry a page_type label). usage: npx tsx scripts/page-type-eval.ts */
import { readFileSync } from 'node:fs';
import { listPages, readPage } from '../bench/lib/sets.js';
import { decodeBytes } from '../src/input/decode.js';
import { parseHtml } from '../src/dom/index.js';
import { collectHtmlFacts } from '../src/meta/index.js';
import { prepareHtml } from '../src/extract/html/index.js';
import { createContext, DEFAULTS } from '../src/pipeline/context.js';
import { declaredType, pageSignals, guessPageType } from '../src/extract/page-type.js';
const conf = new Map<string, number>(); let ok = 0, n = 0, nul = 0;
for (const p of listPages('wcxb-dev')) {
  const { text } = decodeBytes(readPage(p)); const doc = parseHtml(text);
  const facts = collectHtmlFacts(doc); const page = prepareHtml(doc, createContext(DEFAULTS as any, p.url, {}), [], facts);
  const g = guessPageType(pageSignals(declaredType(facts, p.url), page.blocks)); const t = String(p.truth['page_type']);
  n++; if (g === t) ok++; if (!g) nul++;
  const k = `${t} -> ${g}`; conf.set(k, (conf.get(k) ?? 0) + 1);
}
console.log('acc', (ok / n).toFixed(3), 'null', (nul / n).toFixed(3));
console.log([...conf.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
if (process.argv.includes('--why')) {
  for (const p of listPages('wcxb-dev')) {
    const { text } = decodeBytes(readPage(p)); const doc = parseHtml(text);
    const facts = collectHtmlFacts(doc); const page = prepareHtml(doc, createContext(DEFAULTS as any, p.url, {}), [], facts);
    const s = pageSignals(declaredType(facts, p.url), page.blocks); const g = guessPageType(s);
    if (g === 'product' && p.truth['page_type'] !== 'product') console.log(p.id, p.truth['page_type'], JSON.stringify(s), p.url);
  }
}
