// fast-check arbitraries for fuzzing clean(): random HTML trees, mutated real pages and dumps, text dumps,
// raw bytes in random charsets; and the body-words-come-from-the-input check. Shared by fuzz.test.ts and scripts/fuzz.ts.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import type { CleanInput } from '../../src/index.js';

const TAGS = ['div', 'p', 'span', 'a', 'article', 'section', 'nav', 'header', 'footer', 'aside', 'main', 'h1', 'h2', 'h3', 'ul', 'ol', 'li',
  'table', 'tr', 'td', 'th', 'pre', 'code', 'blockquote', 'figure', 'figcaption', 'img', 'br', 'hr', 'b', 'i', 'em', 'strong',
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'textarea', 'title', 'meta', 'base', 'form', 'input', 'select',
  'option', 'time', 'button', 'frameset', 'frame', 'object', 'xmp', 'plaintext'];
const ATTRS = ['class', 'id', 'href', 'src', 'style', 'onclick', 'onerror', 'data-src', 'itemprop', 'content', 'datetime', 'role', 'aria-hidden', 'hidden', 'lang', 'title', 'alt', 'srcset', 'name'];
const WORDS = ['the', 'council', 'voted', 'ferry', 'pier', 'Größe', 'naïve', 'Привет', 'мир', '東京', '新闻', '안녕하세요', 'مرحبا', 'שלום', '🙂', 'e\u0301', 'ﬁ', 'Ⅻ',
  'subscribe', 'share', 'menu', 'login', '2024-05-01', '12:30', 'javascript:alert(1)', '&amp;', '&lt;p&gt;', '&nbsp;', '&#x41;', '&eacute', '&bogus;', '&#0;', '&#x110000;',
  '<', '>', '"', "'", '\u0000', '\u200b', '\u00ad', '\ufeff', '\r\n', '\t'];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(text, fc.constantFrom('javascript:alert(1)', 'https://x.example/a', '/rel', 'data:x', '"><script>alert(1)</script>')))
  .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`);

interface Tree { tag: string; attrs: string[]; kids: Array<Tree | string> }
const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({ tag: fc.constantFrom(...TAGS), attrs: fc.array(attr, { maxLength: 3 }), kids: fc.array(tie('node'), { maxLength: 5 }) }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('tree')),
}));

function render(t: Tree | string, out: string[], closeProb: number): void {
  if (typeof t === 'string') { out.push(t); return; }
  out.push(`<${t.tag}${t.attrs.map((a) => ` ${a}`).join('')}>`);
  for (const k of t.kids) render(k, out, closeProb);
  if (closeProb > 0.2) out.push(`</${t.tag}>`);
}

/** A random HTML document: a doctype or not, head, a body of random trees, sometimes unclosed, with comments and CDATA. */
export const htmlArb: fc.Arbitrary<string> = fc.tuple(
  fc.boolean(), fc.array(tree, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom('', '<!-- c -->', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<!-- unclosed'),
).map(([doctype, trees, closeProb, extra]) => {
  const out: string[] = [doctype ? '<!DOCTYPE html><html><head><title>t</title></head><body>' : ''];
  for (const t of trees) render(t, out, closeProb);
  out.push(extra, doctype ? '</body></html>' : '');
  return out.join('');
});

/** A random plain-text dump: lines of words, blank lines, bullets. */
export const dumpArb: fc.Arbitrary<string> = fc.array(fc.oneof(text, fc.constant(''), text.map((t) => `• ${t}`), text.map((t) => `  * ${t}`)), { minLength: 1, maxLength: 40 })
  .map((lines) => lines.join('\n'));

const SEED_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
const ENC_DIR = fileURLToPath(new URL('../../fixtures/encodings/', import.meta.url));
/** Real pages to mutate: the seed dumps and one HTML page per language of the charset fixtures (UTF-8, cut to 40 kB). */
export function seedPages(): string[] {
  const dumps = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(SEED_DIR + f, 'utf8'));
  const manifest = JSON.parse(readFileSync(ENC_DIR + 'manifest.json', 'utf8')) as Array<{ file: string; encoding: string; variant: string }>;
  const html = manifest.filter((m) => m.variant === 'meta').map((m) => iconv.decode(gunzipSync(readFileSync(ENC_DIR + m.file)), m.encoding).slice(0, 40_000));
  return [...dumps, ...html];
}

/** One edit of a page; `at` is a position as a fraction of the page's length. */
interface Mutation { op: 'delete' | 'insert' | 'dup' | 'truncate'; at: number; len: number; str: string }
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete' as const, 'insert' as const, 'dup' as const, 'truncate' as const),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 2000 }),
  str: fc.oneof(word, fc.constantFrom('<div>', '</p>', '<script>', '<!--', '&', '<', '\u0000', '<svg><math>', '</body>', '<table><td>')),
});

function mutate(page: string, ms: Mutation[]): string {
  let s = page;
  for (const m of ms) {
    const at = Math.floor(m.at * s.length);
    if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.op === 'insert') s = s.slice(0, at) + m.str + s.slice(at);
    else if (m.op === 'dup') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    else s = s.slice(0, Math.max(1, at));
  }
  return s;
}

export function mutatedArb(seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([p, ms]) => mutate(p, ms));
}

/** Bytes: a random document encoded in a random charset, some bytes flipped; or raw random bytes. */
export const bytesArb: fc.Arbitrary<CleanInput> = fc.oneof(
  fc.tuple(fc.oneof(htmlArb, dumpArb), fc.constantFrom('utf-8', 'windows-1252', 'shift_jis', 'gbk', 'koi8-r', 'euc-kr', 'utf-16le'), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }), fc.option(fc.constantFrom('text/html; charset=utf-8', 'text/html; charset=iso-8859-1', 'text/html; charset=bogus'), { nil: undefined }))
    .map(([doc, enc, flips, ct]) => {
      const b = iconv.encode(doc, enc);
      for (const [i, v] of flips) if (b.length) b[i % b.length] = v;
      return ct ? { body: b, headers: { 'content-type': ct } } : b;
    }),
  fc.uint8Array({ maxLength: 3000 }).map((u) => Buffer.from(u)),
);

// ---- the body ⊆ input property ----

const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff]+/gu;
const norm = (s: string): string => s.normalize('NFKC').replace(INVISIBLE, '');

/** Words (letters/digits/marks runs) of `body` that appear nowhere in the input text (tags stripped or not, entities decoded). */
export function inventedWords(input: string, body: string): string[] {
  // the input's text three ways: as an HTML parser reads it, with tag-like runs cut out, and raw
  const hay = [norm(textContent(parseDocument(input).children)), norm(decodeHTML(input.replace(/<[^<>]*>/g, ''))), norm(decodeHTML(input)), norm(input)];
  const out: string[] = [];
  for (const m of body.normalize('NFKC').matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const w = m[0];
    if (!hay.some((h) => h.includes(w))) out.push(w);
    if (out.length > 5) break;
  }
  return out;
}
