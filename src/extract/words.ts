/**
 * Words of a text as the extractors count them: runs of letters and digits, and each character of a script written
 * without spaces (kana, CJK ideographs, Hangul) on its own, so a Chinese sentence is not one "word".
 */
import { CJK_CLASS } from './vocab/cjk.js';

const TOKEN = new RegExp(`[${CJK_CLASS}]|[\\p{L}\\p{N}]+`, 'gu');

/** The text's words, lowercased. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** How many words the text has (as wordTokens counts them), counting no further than `max`: no copy of the text is made. */
export function countWords(text: string, max = Infinity): number {
  TOKEN.lastIndex = 0;
  let n = 0;
  while (n < max && TOKEN.exec(text)) n++;
  return n;
}
