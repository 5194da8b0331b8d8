/**
 * Undoes the marks a dump tool writes into the text itself: html2text prints a link's text with underscores for
 * its spaces (`Skip_to_content`, `the types_of_cloud_computing resources`) and a heading between runs of
 * asterisks (`****** What is Cloud Computing? ******`). Words glued by underscores are words no reader sees; the
 * underscores go only in a dump that shows the habit (many lines that are one underscored link), so the
 * identifiers of a documentation page dumped by another tool (`my_function`) stay as they are.
 */
import { UNDERSCORED_LINE_RE, LINK_UNDERSCORE_RE, STARRED_HEADING_RE } from './patterns.js';

/** Underscored link lines that show the habit: at least this many, and this share of the non-blank lines. */
const MIN_UNDERSCORED_LINES = 5;
const MIN_UNDERSCORED_SHARE = 0.03;
/** What may end / start the words on either side of an underscore that stands for a space. */
const WORD_END = /[\p{L}\p{N}'’)]/u;
const WORD_START = /[\p{L}\p{N}'‘(]/u;

/** True when the dump writes links with underscores for spaces (html2text). */
export function hasUnderscoredLinks(text: string): boolean {
  if (!text.includes('_')) return false;
  const n = text.match(UNDERSCORED_LINE_RE)?.length ?? 0;
  if (n < MIN_UNDERSCORED_LINES) return false;
  let lines = 0;
  for (const l of text.split('\n')) if (l.trim()) lines++;
  return n >= MIN_UNDERSCORED_SHARE * lines;
}

/** The dump with html2text's link underscores turned back into spaces and its starred headings unwrapped. */
export function undoTextMarkup(text: string): string {
  let out = text.includes('***') ? text.replace(STARRED_HEADING_RE, '$1$2') : text;
  if (hasUnderscoredLinks(out)) {
    // between two words the underscore was a space; at a word's edge it only marked the link
    out = out.replace(LINK_UNDERSCORE_RE, (m, at: number, s: string) => (WORD_END.test(s[at - 1] ?? '') && WORD_START.test(s[at + m.length] ?? '') ? ' ' : ''));
  }
  return out;
}
