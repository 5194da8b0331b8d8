/**
 * Image credit lines ("Photo: John Locher, AP", "(Credit: Getty Images)", "Courtesy of Brand"): the figure's caption
 * stays in the body, a block that is only its credit leaves.
 */
import { CREDIT_LABELS, PHOTO_AGENCIES, CREDIT_BY } from '../vocab/image-credits.js';
import { matchesPhrase, phraseAlternation as alt, type PhraseRule } from '../phrase-pattern.js';

/** "Photo: …", "(Credit: …)": a label, a colon and a short name. */
const LABELLED = new RegExp(`^\\(?(?:${alt(CREDIT_LABELS)})\\s*:\\s*[^()]{2,60}\\)?$`, 'u');
/** "Photo by …", "Courtesy of …". */
const BY = new RegExp(`^\\(?(?:${alt(CREDIT_BY)})\\s+[^()]{2,50}\\)?$`, 'u');
/** A short block naming a photo agency anywhere ("Sakib Ali/Hindustan Times/Getty Images"). */
const AGENCY = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt(PHOTO_AGENCIES)})(?:$|[^\\p{L}\\p{N}])`, 'u');
/** A credit line: labelled, "by …", or naming an agency, in a block of at most 90 characters. */
export const IMAGE_CREDIT_RULE: PhraseRule = { maxChars: 90, test: (t) => LABELLED.test(t) || BY.test(t) || AGENCY.test(t) };

export function isImageCredit(text: string): boolean {
  return matchesPhrase(IMAGE_CREDIT_RULE, text);
}
