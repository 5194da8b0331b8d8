/**
 * Newsletter pitches: a short block whose every sentence opens with a sign-up imperative and that names a newsletter
 * or the inbox it delivers to ("Subscribe to Metro Times newsletters.", "Get the latest updates right in your inbox.
 * Subscribe to NJ.com's newsletters.", "Melden Sie sich für unseren Newsletter an"), or a sign-up box's bare label
 * ("Newsletter"). A sentence about a newsletter ("The paper says 3 million readers subscribe to its newsletter.")
 * does not open with an imperative and stays; so do a pitch without a newsletter ("Subscribe now") and a how-to
 * step about an inbox ("Get your inbox organised").
 */
import { NEWSLETTER_WORDS, PITCH_OPENERS, NEWSLETTER_LABELS } from '../vocab/newsletter-pitch.js';
import { phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

/** The most words a pitch has: one or two short sentences. */
const PITCH_MAX_WORDS = 30;

const NEWSLETTER = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(NEWSLETTER_WORDS)})(?![\\p{L}])`, 'u');
const OPENER = new RegExp(`^[«"“„¡]?(?:${phraseAlternation(PITCH_OPENERS)})(?![\\p{L}])`, 'u');
const LABEL = new RegExp(`^(?:${phraseAlternation(NEWSLETTER_LABELS)})[\\s:!.…]*$`, 'u');

function isPitch(t: string): boolean {
  if (LABEL.test(t)) return true;
  // an address (newsletter@site.com, /newsletter) names no newsletter
  if (t.split(' ').length > PITCH_MAX_WORDS || !NEWSLETTER.test(t.replace(/\S*[@/]\S*/g, ' '))) return false;
  return t.split(/(?<=[.!?])\s+/).every((s) => OPENER.test(s));
}

/** A newsletter pitch, in a block of at most 200 characters. */
export const NEWSLETTER_PITCH_RULE: PhraseRule = { maxChars: 200, test: isPitch };
