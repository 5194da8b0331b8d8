/**
 * The filing line a blog theme prints under a post: "This entry was posted in News and tagged Budget, Roads.
 * Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in Politik und getaggt mit … am 11. Dezember 2012
 * von Mathias." Its categories, tags, date and author are the archive's, not the post's text. Openings from
 * ENTRY_META_OPENINGS; the line may be longer than the other phrase rules read (a post with many tags).
 */
import { ENTRY_META_OPENINGS } from '../vocab/entry-meta.js';
import { normalizePhrase, phraseAlternation } from '../phrase-pattern.js';

const OPENING = new RegExp(`^(?:${phraseAlternation(ENTRY_META_OPENINGS)})\\s`, 'u');

/** The longest block read (characters): a filing line with a dozen tags, not a paragraph that starts so. */
export const ENTRY_META_MAX_CHARS = 400;

/** Enough of a block's start to hold the longest opening in normal form (extra spaces collapse into it). */
const HEAD_CHARS = 80;

export function isEntryMeta(text: string): boolean {
  return text.length <= ENTRY_META_MAX_CHARS && OPENING.test(normalizePhrase(text.slice(0, HEAD_CHARS)));
}
