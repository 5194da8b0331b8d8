/**
 * Ad labels: a block that is only the label a page prints over an advertisement ("ADVERTISEMENT", "Sponsored",
 * "Anzeige"), or that label and the advertiser's name ("ADVERTISEMENT – Star Tours").
 */
import { AD_LABELS } from '../vocab/ad-labels.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

/**
 * The label alone (with a colon or dots, or between dashes or brackets: "- Advertisement -", "[Anzeige]"), or
 * followed by a dash or colon and a name of at most 40 characters.
 */
const AD_LABEL = new RegExp(
  `^(?:[-–—[(]\\s*)?(?:${phraseAlternation(AD_LABELS)})(?:\\s*[:.…]*(?:\\s*[-–—\\])])?|\\s*[–—:|-]\\s*[^.!?]{1,40})$`, 'u');

/** An ad label, in a block of at most 60 characters. */
export const AD_LABEL_RULE: PhraseRule = { maxChars: 60, test: (t) => AD_LABEL.test(t) };

export function isAdLabel(text: string): boolean {
  return matchesPhrase(AD_LABEL_RULE, text);
}
