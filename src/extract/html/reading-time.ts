/**
 * Reading-time lines: "Reading time: 4 minutes", "7 min read", "Lesezeit: ca. 2 Minuten", "3 MIN. READ". The page's
 * estimate of its own length, printed by the byline or on each teaser card, is no reader's text.
 */
import { READING_TIME_LABELS, READING_TIME_UNITS, READING_TIME_SUFFIXES } from '../vocab/reading-time.js';
import { matchesPhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

/** A number of minutes: "4", "ca. 2", "about 10", "3-5", with its unit. */
const MINUTES = `(?:ca\\.?\\s*|about\\s+|approx\\.?\\s*|~\\s*)?\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*(?:${phraseAlternation(READING_TIME_UNITS)})\\.?`;
const READING_TIME = new RegExp(
  `^(?:(?:${phraseAlternation(READING_TIME_LABELS)})\\s*[:：]?\\s*${MINUTES}|${MINUTES}\\s*(?:${phraseAlternation(READING_TIME_SUFFIXES)}))$`, 'u');

/** A reading-time line, in a block of at most 50 characters. */
export const READING_TIME_RULE: PhraseRule = { maxChars: 50, test: (t) => READING_TIME.test(t) };

export function isReadingTime(text: string): boolean {
  return matchesPhrase(READING_TIME_RULE, text);
}
