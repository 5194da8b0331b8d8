/** Format detection: is this string HTML (or XHTML/SVG) markup, or a plain-text dump of a page? */
import { MARKUP_START, HTML_TAG } from './vocab/markup.js';

/** Characters scanned for tags (enough for any page's verdict). */
const SAMPLE = 200_000;

/** The start of the text without BOM, whitespace and leading comments. */
function lead(text: string): string {
  let head = text.slice(0, 8192).replace(/^\uFEFF/, '').trimStart();
  for (let i = 0; i < 20 && head.startsWith('<!--'); i++) {
    const end = head.indexOf('-->');
    if (end < 0) return '';
    head = head.slice(end + 3).trimStart();
  }
  return head;
}

/**
 * HTML when the text starts as markup (doctype, <html>, <?xml?>, <svg> … or any HTML tag followed by more tags);
 * otherwise only when tags are dense: a text dump of a documentation page quotes markup on some of its lines
 * (up to half of them on the benchmark sets), real markup has tags on nearly every line.
 */
export function detectFormat(text: string): 'html' | 'text' {
  const head = lead(text);
  if (MARKUP_START.test(head)) return 'html';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let tags = 0;
  let tagChars = 0;
  let taggedLines = 0;
  let lastTaggedLine = -1;
  HTML_TAG.lastIndex = 0;
  for (let m = HTML_TAG.exec(sample); m && tags < 5000; m = HTML_TAG.exec(sample)) {
    tags++;
    tagChars += m[0].length;
    const lineStart = sample.lastIndexOf('\n', m.index);
    if (lineStart !== lastTaggedLine) { taggedLines++; lastTaggedLine = lineStart; }
  }
  HTML_TAG.lastIndex = 0;
  const startsWithTag = head.startsWith('<') && HTML_TAG.exec(head)?.index === 0;
  HTML_TAG.lastIndex = 0;
  if (startsWithTag && tags >= 2) return 'html';
  if (tags < 3) return 'text';
  let lines = 0;
  for (const line of sample.split('\n', 20_000)) if (line.trim()) lines++;
  return tagChars / sample.length > 0.15 || (taggedLines / Math.max(1, lines) > 0.6 && tags >= 5) ? 'html' : 'text';
}
