/**
 * "Read also" lines: a block that is a label from READ_ALSO_LABELS and a headline linking to another page ("READ
 * MORE: China plague outbreak confirmed", "À LIRE AUSSI Massacre du 7 octobre : …"). The label is followed by a
 * colon, a dash or an arrow, or, for labels of two words or more, by a capitalised headline; most of the block's
 * characters are a link. A sentence that opens with the label ("Read more about the study in our report") and a
 * label whose headline is not linked stay.
 */
import { READ_ALSO_LABELS } from '../vocab/read-also.js';
import { phraseAlternation, type PhraseRule } from '../phrase-pattern.js';
import type { RawBlock } from './blocks.js';

/** The longest block read (characters): a label and one headline. */
const READ_ALSO_MAX_CHARS = 200;
/** Least share of the block's characters inside links. */
const READ_ALSO_MIN_LINK_SHARE = 0.5;

const LABELS = phraseAlternation(READ_ALSO_LABELS);
const WITH_SEPARATOR = new RegExp(`^(?:${LABELS})\\s*[:：|»>›→–—-]+\\s*\\S.{4,}$`, 'u');
const MULTI_WORD = READ_ALSO_LABELS.filter((l) => l.includes(' '));
/** A label of two words or more and a space, on the normal form: the headline after it must open with a capital. */
const MULTI_WORD_LABEL = new RegExp(`^(?:${phraseAlternation(MULTI_WORD)}) (?=.{5,}$)`, 'u');
const HEADLINE_START = /^[\p{Lu}\p{N}"«„“‘']/u;

/** The label and what follows it, on the block's normal form (the link share is checked by `isReadAlsoLine`). */
export const READ_ALSO_RULE: PhraseRule = { maxChars: READ_ALSO_MAX_CHARS, test: (t) => WITH_SEPARATOR.test(t) };

/** Whether a block whose normal form is `normal` is a "read also" line. */
export function isReadAlsoLine(b: RawBlock, normal: string): boolean {
  if (b.chars === 0 || b.linkChars < READ_ALSO_MIN_LINK_SHARE * b.chars || normal.length > READ_ALSO_MAX_CHARS) return false;
  if (READ_ALSO_RULE.test(normal)) return true;
  const label = MULTI_WORD_LABEL.exec(normal);
  // the normal form only lowercases and collapses spaces, so the headline starts at the same place in the raw text
  return label !== null && HEADLINE_START.test(b.text.replace(/\s+/g, ' ').trim().slice(label[0].length));
}
