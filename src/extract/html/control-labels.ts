/**
 * Blocks that are only the labels of a page's controls ("Read more »", "Quick view View options", "Qty:",
 * "Loading…"): a card's buttons or a teaser's link, text to no reader.
 */
import { CONTROL_LABELS } from '../vocab/control-labels.js';
import { normalizePhrase, phraseAlternation } from '../phrase-pattern.js';

const LABEL = `(?:${phraseAlternation(CONTROL_LABELS)})`;
/** One to three labels, each with trailing arrows, colons or dots ("Read more →", "Qty:", "Loading..."). */
const CONTROLS = new RegExp(`^${LABEL}[\\s»→›>:.…+–-]*(?:${LABEL}[\\s»→›>:.…+–-]*){0,2}$`, 'u');
/** Longest block (characters) read as control labels. */
export const CONTROL_LABEL_MAX_CHARS = 60;

/** A loading placeholder a script never replaced ("Loading specifications…", "Loading image..."). */
const LOADING = /^loading\b[^.…]{0,40}(?:…|\.{3})$/u;

export function isControlLabel(text: string): boolean {
  const t = normalizePhrase(text);
  return t.length > 0 && t.length <= CONTROL_LABEL_MAX_CHARS && (CONTROLS.test(t) || LOADING.test(t));
}
