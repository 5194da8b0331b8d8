/**
 * "Follow us" lines: a block that is only the label inviting the reader to follow the site (FOLLOW_LABELS), or the
 * label and the networks, after a colon or a preposition ("Follow us: Google News | Reddit | Instagram", "Folgen
 * Sie uns auf Facebook und Instagram"). No sentence: a full stop, "!" or "?" after the label makes it text, and so
 * does any other word after it ("Follow us into the woods as we track a bear" stays).
 */
import { FOLLOW_LABELS, FOLLOW_PREPOSITIONS } from '../vocab/follow-labels.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

const NAMES = '[^.!?]{1,140}';
const FOLLOW_LINE = new RegExp(
  `^(?:${phraseAlternation(FOLLOW_LABELS)})(?:[\\s:!.…]*|\\s*[:|–—-]\\s*${NAMES}|\\s+(?:${phraseAlternation(FOLLOW_PREPOSITIONS)})\\s+${NAMES})$`, 'u');

/** A "follow us" line, in a block of at most 160 characters. */
export const FOLLOW_LINE_RULE: PhraseRule = { maxChars: 160, test: (t) => FOLLOW_LINE.test(t) };

export function isFollowLine(text: string): boolean {
  return matchesPhrase(FOLLOW_LINE_RULE, text);
}
