/**
 * Drops the sections that a related / recommended / popular-list heading opens ("Você pode gostar...", "Related
 * articles", "Most read"): however article-like their items read (full quotes, teasers with a summary), a list
 * of other pages is not the page. A section runs to the next heading that is not itself such a heading; where the
 * caller tells the blocks' shapes (pages typed article), a lower heading linking to another page (a story card's
 * `h4` under the list's `h2`) does not end it, and unlinked prose after such a card does.
 */
import { RELATED_SECTION_HEADINGS, RELATED_SECTION_PATTERNS } from '../vocab/chrome-words.js';
import { normalizePhrase } from '../phrase-pattern.js';

const HEADINGS = new Set(RELATED_SECTION_HEADINGS.map((w) => w.toLowerCase()));
const TRAIL = /[\s:：.!?|»›>…·•\-–—]+$/u;
/** Longer blocks are not headings, whatever their tag. */
const MAX_HEADING_CHARS = 60;

/** True when a heading's text names a list of other pages. */
export function isRelatedHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  // typographic apostrophes read as the vocabulary's straight ones ("Don’t miss", "Editors’ picks")
  const k = normalizePhrase(text).replace(TRAIL, '');
  return HEADINGS.has(k) || RELATED_SECTION_PATTERNS.some((re) => re.test(k));
}

/** What a block is to a related section it lies in: a card's linked heading, a paragraph of unlinked prose, or neither. */
export type SectionShape = 'teaser' | 'prose' | null;

/**
 * Un-keeps the blocks of related-list sections; returns how many were dropped, each also handed to `onDrop`.
 * `kinds`: block kinds (`h2` …, `p`). A section ends at the next heading that is not itself such a heading, except
 * a lower heading that is a teaser's link (`shape`: the "More Blog Stories" `h2` over its stories' linked `h4`s);
 * past such a teaser, a paragraph of unlinked prose ends it (an article that goes on under a boxed list of links).
 */
export function dropRelatedSections(
  kinds: readonly string[], texts: readonly string[], keep: boolean[], onDrop?: (i: number) => void,
  shape: (i: number) => SectionShape = () => null,
): number {
  // the open section's heading level (1–6), 0 when none; whether a teaser heading was passed in it
  let level = 0;
  let teasers = false;
  let dropped = 0;
  for (let i = 0; i < texts.length; i++) {
    const heading = kinds[i]!.length === 2 && kinds[i]![0] === 'h';
    if (heading) {
      const l = Number(kinds[i]![1]) || 6;
      if (isRelatedHeading(texts[i]!)) { level = l; teasers = false; }
      else if (level && l > level && shape(i) === 'teaser') teasers = true;
      else level = 0;
    } else if (level && teasers && shape(i) === 'prose') level = 0;
    if (level && keep[i]) { keep[i] = false; dropped++; onDrop?.(i); }
  }
  return dropped;
}
