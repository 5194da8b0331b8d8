/**
 * Plain-text dumps of HTML pages as scrapers make them, not text browsers (the seeds' kind: no hard wrap):
 *   innertext — what a browser's `innerText` gives: block elements on lines of their own, inline content joined,
 *               a blank line around paragraphs and headings, list items and table cells as they come;
 *   gettext   — BeautifulSoup's `get_text('\n', strip=True)`: every text node on a line of its own (a link inside a
 *               paragraph breaks it into three lines), no blank lines.
 * Scripts, styles, templates, noscript and the head are left out, as both do; hidden elements are not (no CSS).
 * usage: npx tsx scripts/text-model/scraper-dump.ts OUTDIR SETDIR   → OUTDIR/innertext/<id>.txt, OUTDIR/gettext/<id>.txt
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode } from 'domhandler';
import { decodeBytes } from '../../src/input/decode.js';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'iframe', 'svg', 'canvas', 'select', 'option']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center']);
const PARA = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** innerText-like: '\n' marks a line break, '\n\n' a paragraph gap (collapsed as a browser does). */
export function innerText(html: string): string {
  const doc = parseDocument(html);
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    if (isText(n)) { out.push(n.data.replace(/\s+/g, ' ')); return; }
    if (!isTag(n) || SKIP.has(n.name)) return;
    if (n.name === 'br') { out.push('\n'); return; }
    const para = PARA.has(n.name); const block = para || BLOCK.has(n.name);
    if (block) out.push(para ? '\n\n' : '\n');
    for (const c of n.children) walk(c);
    if (n.name === 'td' || n.name === 'th') out.push('\t');
    if (block) out.push(para ? '\n\n' : '\n');
  };
  for (const c of doc.children) walk(c);
  return out.join('').split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** BeautifulSoup get_text('\n', strip=True): every non-empty text node, trimmed, on its own line. */
export function getText(html: string): string {
  const doc = parseDocument(html);
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    if (isText(n)) { const t = n.data.replace(/\s+/g, ' ').trim(); if (t) out.push(t); return; }
    if (!isTag(n) || SKIP.has(n.name)) return;
    for (const c of n.children) walk(c);
  };
  for (const c of doc.children) walk(c);
  return out.join('\n') + '\n';
}

if (process.argv[1]?.endsWith('scraper-dump.ts')) {
  const [outDir, setDir] = process.argv.slice(2) as [string, string];
  for (const tool of ['innertext', 'gettext']) mkdirSync(join(outDir, tool), { recursive: true });
  let n = 0;
  for (const f of readdirSync(setDir).filter((x) => x.endsWith('.html.gz'))) {
    const id = f.slice(0, -'.html.gz'.length);
    const { text } = decodeBytes(gunzipSync(readFileSync(join(setDir, f))));
    writeFileSync(join(outDir, 'innertext', `${id}.txt`), innerText(text));
    writeFileSync(join(outDir, 'gettext', `${id}.txt`), getText(text));
    n++;
  }
  console.log(`${n} pages → ${outDir}/innertext, ${outDir}/gettext`);
}
