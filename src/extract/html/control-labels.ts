/**
 * Blocks that are only the labels of a page's controls ("Read more »", "Quick view View options", "Qty:",
 * "Loading…", a pager's "Pages: 1 2 3 Next"): a card's buttons or a teaser's link, text to no reader.
 */
import { CONTROL_LABELS, PAGE_WORDS, PAGE_OF_WORDS } from '../vocab/control-labels.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

const LABEL = `(?:${phraseAlternation(CONTROL_LABELS)})`;
/**
 * One to three labels, each with trailing arrows, colons or dots ("Read more →", "Qty:", "Loading..."), the first
 * perhaps after an arrow ("↑ Back to top", "« Zurück").
 */
const CONTROLS = new RegExp(`^[«‹←↑<]?\\s*${LABEL}[\\s»→›>:.…+–-]*(?:${LABEL}[\\s»→›>:.…+–-]*){0,2}$`, 'u');

/** A pager's label: "Pages: 1 2 3 Next", "Page 1 of 8", "Seite 2 von 5". */
const PAGER = new RegExp(`^(?:${phraseAlternation(PAGE_WORDS)})\\s*:?\\s*\\d{1,4}(?:(?:\\s*[,…]|\\s+\\.{3})?\\s+\\d{1,4})*`
  + `(?:\\s*(?:${phraseAlternation(PAGE_OF_WORDS)})\\s*\\d{1,4})?(?:\\s+(?:${LABEL}|next|previous|[»›→]))*$`, 'u');

/** A loading placeholder a script never replaced ("Loading specifications…", "Loading image..."). */
const LOADING = /^loading\b[^.…]{0,40}(?:…|\.{3})$/u;

/** One to three control labels, a pager's label or a loading placeholder, in a block of at most 60 characters. */
export const CONTROL_LABEL_RULE: PhraseRule = { maxChars: 60, test: (t) => CONTROLS.test(t) || PAGER.test(t) || LOADING.test(t) };

export function isControlLabel(text: string): boolean {
  return matchesPhrase(CONTROL_LABEL_RULE, text);
}
