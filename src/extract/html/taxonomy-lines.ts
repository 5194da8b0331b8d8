/**
 * Blocks that file the page in the site's taxonomy ("Tags: Apple, MacBook", "Filed under: Politics | World",
 * "Categories:", "Topics: Active | Unanswered"): a label from TAXONOMY_LABELS, its colon, then a short list of names.
 */
import { TAXONOMY_LABELS } from '../vocab/taxonomy-labels.js';
import { normalizePhrase, phraseAlternation } from '../phrase-pattern.js';

/** Longest block (characters) read as a taxonomy line: a filing, not a sentence that opens with "Topic:". */
export const TAXONOMY_LINE_MAX_CHARS = 120;

/** The label, its colon, and either nothing or a space and the names (no sentence: no full stop and space before the end; `site.com` is a name). */
const LINE = new RegExp(`^(?:${phraseAlternation(TAXONOMY_LABELS)})\\s?[:：](?:$|\\s+(?:[^.!?]|[.!?](?!\\s))*$)`, 'u');

export function isTaxonomyLine(text: string): boolean {
  const t = normalizePhrase(text);
  return t.length > 0 && t.length <= TAXONOMY_LINE_MAX_CHARS && LINE.test(t);
}
