/**
 * Undoes the marks a dump tool writes into the text itself, so that every tool's dump reads like a text browser's:
 * - Markdown (crawlers' output, Python's html2text): `[text](target)` links, images, heading hashes, emphasis;
 * - lynx / elinks without `-nolist`: a number glued to every link (`[14]Topics`) and the appended list of targets
 *   (`References`, `1. https://…`);
 * - html2text (the C program): a link's text with underscores for its spaces (`Skip_to_content`), and headings
 *   between runs of asterisks (`****** What is Cloud Computing? ******`).
 * Each applies only to a dump that shows the habit (many links written that way), so a documentation page's
 * `my_function` or an article's citation `[12]` in another tool's dump stays as it is.
 */
import { UNDERSCORED_LINE_RE, LINK_UNDERSCORE_RE, STARRED_HEADING_RE, LINK_NUMBER_RE, REFERENCES_HEADING_RE, REFERENCE_LINE_RE,
  MD_LINK_TARGET_RE, MD_IMAGE_RE, MD_LINK_RE, MD_HEADING_RE, MD_STRONG_RE, MD_RULE_RE, MD_ESCAPE_RE } from './patterns.js';

/** Underscored link lines that show the habit: at least this many, and this share of the non-blank lines. */
const MIN_UNDERSCORED_LINES = 5;
const MIN_UNDERSCORED_SHARE = 0.03;

/** True when the dump writes links with underscores for spaces (html2text). */
export function hasUnderscoredLinks(text: string): boolean {
  if (!text.includes('_')) return false;
  const n = text.match(UNDERSCORED_LINE_RE)?.length ?? 0;
  if (n < MIN_UNDERSCORED_LINES) return false;
  let lines = 0;
  for (const l of text.split('\n')) if (l.trim()) lines++;
  return n >= MIN_UNDERSCORED_SHARE * lines;
}

/** Link numbers that show a numbered dump: at least this many, most of them above the one before. */
const MIN_LINK_NUMBERS = 10;
const MIN_ASCENDING_SHARE = 0.8;
/** Lines after a `References` heading that must be list lines (of the first few non-blank ones). */
const REFERENCE_PROBE = 4;

/** The text before a text browser's appended list of link targets (`References`, then `1. https://…`), if any. */
function cutReferences(text: string): string {
  let cut = -1;
  for (const m of text.matchAll(REFERENCES_HEADING_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2000).split('\n').filter((l) => l.trim()).slice(0, REFERENCE_PROBE);
    if (after.length >= 2 && after.every((l) => REFERENCE_LINE_RE.test(l))) { cut = m.index; break; }
  }
  return cut >= 0 ? text.slice(0, cut) : text;
}

/** True when the text carries a browser's link numbers (`[14]Topics`, `[15]types of …`) in ascending order. */
function hasLinkNumbers(text: string): boolean {
  if (!text.includes('[')) return false;
  let n = 0; let up = 0; let prev = -1;
  for (const m of text.matchAll(LINK_NUMBER_RE)) {
    const k = Number(m[0].slice(1, -1));
    if (k > prev) up++;
    prev = k; n++;
  }
  return n >= MIN_LINK_NUMBERS && up >= MIN_ASCENDING_SHARE * n;
}

/** Link targets that show a Markdown dump. */
const MIN_MD_LINKS = 5;

/** True when the text is Markdown: links written `[text](target)`. */
export function isMarkdown(text: string): boolean {
  if (!text.includes('](')) return false;
  let n = 0;
  for (const _ of text.matchAll(MD_LINK_TARGET_RE)) if (++n >= MIN_MD_LINKS) return true;
  return false;
}

/** Markdown as the text a reader sees: images gone, links as their text, no heading hashes, emphasis or escapes. */
function markdownToText(text: string): string {
  return text.replace(MD_IMAGE_RE, '').replace(MD_LINK_RE, '$1').replace(MD_HEADING_RE, '$1').replace(MD_STRONG_RE, '$2')
    .replace(MD_RULE_RE, '').replace(MD_ESCAPE_RE, '$1');
}

/** The dump without the marks of its tool (Markdown, link numbers and references, html2text's underscores and stars). */
export function undoTextMarkup(text: string): string {
  let out = isMarkdown(text) ? markdownToText(text) : text;
  if (out.includes('***')) out = out.replace(STARRED_HEADING_RE, '$1$2');
  if (hasLinkNumbers(out)) out = cutReferences(out).replace(LINK_NUMBER_RE, '');
  if (hasUnderscoredLinks(out)) {
    // between two words the underscore was a space; at a word's edge it only marked the link
    out = out.replace(LINK_UNDERSCORE_RE, (_m, between?: string) => (between ? ' ' : ''));
  }
  return out;
}
