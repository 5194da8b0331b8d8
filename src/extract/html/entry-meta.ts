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

/** Enough of a block's start to hold the longest opening and the space after it (block texts carry no runs of spaces). */
export const ENTRY_META_HEAD_CHARS = 80;

/** Whether a normal form (`normalizePhrase`) of a block, or of its first ENTRY_META_HEAD_CHARS characters, opens a filing line. */
export function opensEntryMeta(normal: string): boolean {
  return OPENING.test(normal);
}

export function isEntryMeta(text: string): boolean {
  return text.length <= ENTRY_META_MAX_CHARS && opensEntryMeta(normalizePhrase(text.slice(0, ENTRY_META_HEAD_CHARS)));
}
