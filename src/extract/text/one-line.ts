/**
 * A page dumped as one line (jsoup's `.text()`, a DOM's `textContent` with its whitespace collapsed) gives the line
 * model a single line to keep or drop whole. Such a dump is cut at its sentence ends first, so that menus, teasers
 * and the article's sentences become lines of their own.
 */
import { SENTENCE_BREAK_RE } from './patterns.js';

/** The text of a one-line dump: this many characters at least, … */
const MIN_CHARS = 2000;
/** …in at most this many non-blank lines, the longest holding this share of the text. */
const MAX_LINES = 3;
const MIN_LONGEST_SHARE = 0.8;

/** The dump with its sentences on lines of their own, when it is one long line; otherwise as it is. */
export function splitOneLineDump(text: string): string {
  if (text.length < MIN_CHARS) return text;
  let lines = 0; let longest = 0;
  // walk the lines by index: a dump with many lines is left after its fourth non-blank one
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.slice(at, end).trim()) {
      if (++lines > MAX_LINES) return text;
      longest = Math.max(longest, end - at);
    }
    at = end + 1;
  }
  if (longest < MIN_CHARS || longest < MIN_LONGEST_SHARE * text.length) return text;
  return text.replace(SENTENCE_BREAK_RE, '\n');
}
