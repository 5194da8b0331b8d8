/**
 * Blocks that file the page in the site's taxonomy ("Tags: Apple, MacBook", "Filed under: Politics | World",
 * "Categories:", "Topics: Active | Unanswered"): a label from TAXONOMY_LABELS, its colon, then a short list of names.
 */
import { TAXONOMY_LABELS } from '../vocab/taxonomy-labels.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

/** The label, its colon, and either nothing or a space and the names (no sentence: no full stop and space before the end; `site.com` is a name). */
const LINE = new RegExp(`^(?:${phraseAlternation(TAXONOMY_LABELS)})\\s?[:：](?:$|\\s+(?:[^.!?]|[.!?](?!\\s))*$)`, 'u');

/** A taxonomy line in a block of at most 120 characters: a filing, not a sentence that opens with "Topic:". */
export const TAXONOMY_LINE_RULE: PhraseRule = { maxChars: 120, test: (t) => LINE.test(t) };

export function isTaxonomyLine(text: string): boolean {
  return matchesPhrase(TAXONOMY_LINE_RULE, text);
}
