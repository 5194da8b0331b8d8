/**
 * Re-joins paragraphs that a scraper's "get all text" broke at inline elements: BeautifulSoup's
 * `get_text('\n')` and the like print every text node on a line of its own, so `the <a>Sigsum</a> team` becomes
 * three lines. Such dumps have no blank lines and no hard wrap; a line that starts in lower case or with closing
 * punctuation carries on the line before it, and so does a short piece (a link's text) followed by one.
 */
import type { DumpLine } from './lines.js';

/** Ends a sentence or a label: the next line starts something new. */
const ENDS_RE = /[.!?:;。！？：；]["'”’»)\]]*$/u;
/** Starts in lower case, or with punctuation that closes or continues a clause. */
const CONTINUES_RE = /^(?:\p{Ll}|[,.;:)\]!?’”»%…—–-](?:\s|$|\p{L}|\d))/u;
/** A link's or an emphasis' text between two pieces of one paragraph: a few words. */
const PIECE_MAX_WORDS = 6;
/** A joined paragraph stops growing here (thousands of pieces are not one paragraph, and a huge line is slow downstream). */
const MAX_JOINED_CHARS = 3000;
/** A dump counts as fragmented when this share of its lines continue the line before them. */
const MIN_CONTINUING_SHARE = 0.03;
/** …and at most this share of its lines are blank (paragraph gaps say the dump is not one text node per line). */
const MAX_BLANK_SHARE = 0.02;

/** A dump with hardly any blank line: no paragraph gaps of its own (also what paragraph-gaps.ts restores). */
export const isGapless = (lineCount: number, blankLines: number): boolean => blankLines <= MAX_BLANK_SHARE * lineCount;

/** Neither line is a list item and the first ends no sentence: the second may carry it on. */
const open = (prev: DumpLine, line: DumpLine): boolean => !line.bullet && !prev.bullet && !ENDS_RE.test(prev.text);
const continues = (prev: DumpLine, line: DumpLine): boolean => open(prev, line) && CONTINUES_RE.test(line.text);
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Whether the dump looks like one text node per line (no hard wrap, hardly any blank line, many continuations). */
export function isFragmented(lines: DumpLine[], wrapWidth: number, blankLines: number): boolean {
  if (wrapWidth || lines.length < 20 || !isGapless(lines.length, blankLines)) return false;
  let cont = 0;
  for (let i = 1; i < lines.length; i++) if (continues(lines[i - 1]!, lines[i]!)) cont++;
  return cont >= MIN_CONTINUING_SHARE * lines.length;
}

/** Closing punctuation sticks to the piece before it (`Sigsum` + `, and` → `Sigsum, and`). */
const CLOSING_RE = /^[,.;:!?)\]%…’”»]/u;

function attach(a: string, b: string, glue: (a: string, b: string) => string): string {
  return CLOSING_RE.test(b) ? a + b : glue(a, b);
}

/** The lines with each continuation (and each short piece followed by one) glued to the line before it. */
export function joinFragments(lines: DumpLine[], glue: (a: string, b: string) => string): DumpLine[] {
  const out: DumpLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = out[out.length - 1];
    const next = lines[i + 1];
    // a line printed again (a list of alike items) is not the rest of the one before it
    const joins = prev !== undefined && !line.blankBefore && line.text !== lines[i - 1]!.text
      && prev.raw.length + 1 + line.raw.length <= MAX_JOINED_CHARS && (continues(prev, line)
      || (open(prev, line) && wordCount(line.text) <= PIECE_MAX_WORDS && next !== undefined && !next.blankBefore && continues(line, next)));
    if (!joins) { out.push({ ...line }); continue; }
    prev.raw = attach(prev.raw, line.raw, glue);
    prev.text = attach(prev.text, line.text, glue);
    prev.pieces += line.pieces;
    prev.blankAfter = line.blankAfter;
  }
  return out;
}
