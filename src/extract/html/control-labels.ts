/**
 * Blocks that are only the labels of a page's controls ("Read more »", "Quick view View options", "Qty:",
 * "Loading…"): a card's buttons or a teaser's link, text to no reader.
 */
import { CONTROL_LABELS } from '../vocab/control-labels.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

const LABEL = `(?:${phraseAlternation(CONTROL_LABELS)})`;
/**
 * One to three labels, each with trailing arrows, colons or dots ("Read more →", "Qty:", "Loading..."), the first
 * perhaps after an arrow ("↑ Back to top", "« Zurück").
 */
const CONTROLS = new RegExp(`^[«‹←↑<]?\\s*${LABEL}[\\s»→›>:.…+–-]*(?:${LABEL}[\\s»→›>:.…+–-]*){0,2}$`, 'u');

/** A loading placeholder a script never replaced ("Loading specifications…", "Loading image..."). */
const LOADING = /^loading\b[^.…]{0,40}(?:…|\.{3})$/u;

/** One to three control labels, or a loading placeholder, in a block of at most 60 characters. */
export const CONTROL_LABEL_RULE: PhraseRule = { maxChars: 60, test: (t) => CONTROLS.test(t) || LOADING.test(t) };

export function isControlLabel(text: string): boolean {
  return matchesPhrase(CONTROL_LABEL_RULE, text);
}
