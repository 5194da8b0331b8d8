/**
 * Image credit lines ("Photo: John Locher, AP", "(Credit: Getty Images)", "Courtesy of Brand"): the figure's caption
 * stays in the body, a block that is only its credit leaves.
 */
import { CREDIT_LABELS, PHOTO_AGENCIES, CREDIT_BY } from '../vocab/image-credits.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** "Photo: …", "(Credit: …)": a label, a colon and a short name. */
const LABELLED = new RegExp(`^\\(?(?:${alt(CREDIT_LABELS)})\\s*:\\s*[^()]{2,60}\\)?$`, 'u');
/** "Photo by …", "Courtesy of …". */
const BY = new RegExp(`^\\(?(?:${alt(CREDIT_BY)})\\s+[^()]{2,50}\\)?$`, 'u');
/** A short block naming a photo agency anywhere ("Sakib Ali/Hindustan Times/Getty Images"). */
const AGENCY = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt(PHOTO_AGENCIES)})(?:$|[^\\p{L}\\p{N}])`, 'u');
/** Longest block (characters) read as a credit line. */
const MAX_CHARS = 90;

export function isImageCredit(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t || t.length > MAX_CHARS) return false;
  return LABELLED.test(t) || BY.test(t) || AGENCY.test(t);
}
