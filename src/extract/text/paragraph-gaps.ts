/**
 * Paragraph gaps for dumps that have none: a scraper's "get all text" (or html2text) prints one element per line
 * with no blank line anywhere, so the whole page reads as one block, where a text browser would have set the
 * paragraphs apart. Such a dump gets a gap after each line that ends a sentence and around each long line; runs of
 * short lines (a menu, a list of links) stay together, as a text browser prints them.
 */
import type { DumpLine } from './lines.js';
import { CJK_CLASS } from '../vocab/cjk.js';
import { isGapless, wordCount } from './fragments.js';
/** Fewer lines are left as they are. */
const MIN_LINES = 20;
/** A line this long (words, or CJK characters) is a paragraph of its own. */
const LONG_WORDS = 12;
const LONG_CJK = 24;
const ENDS_SENTENCE_RE = /[.!?。！？]["'”’»)）」]*$/u;
const CJK_CHAR_G = new RegExp(`[${CJK_CLASS}]`, 'g');

const isLong = (t: string): boolean => wordCount(t) >= LONG_WORDS || (t.length >= LONG_CJK && (t.match(CJK_CHAR_G)?.length ?? 0) >= LONG_CJK);

/**
 * Sets blank-line flags between paragraphs when the dump has hardly any blank line (hard-wrapped ones too, as
 * html2text writes them: their wrapped pieces are joined by then).
 */
export function restoreParagraphGaps(lines: DumpLine[], blankLines: number): DumpLine[] {
  if (lines.length < MIN_LINES || !isGapless(lines.length, blankLines)) return lines;
  const long = lines.map((l) => isLong(l.text));
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!; const b = lines[i]!;
    if (long[i - 1] || long[i] || ENDS_SENTENCE_RE.test(a.text)) { b.blankBefore = true; a.blankAfter = true; }
  }
  return lines;
}
