/**
 * Footer credits of the site's software: "Powered by FluxBB", "Proudly powered by WordPress", "Powered by phpBB®
 * Forum Software © phpBB Limited". The name after "powered by" must be one in SITE_SOFTWARE, so a product's
 * "Powered by iRobot OS" stays.
 */
import { SITE_SOFTWARE } from '../vocab/site-software.js';
import { phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

const POWERED_BY = new RegExp(
  `^(?:proudly |site |forum )?powered by (?:${phraseAlternation(SITE_SOFTWARE)})(?![\\p{L}\\p{N}])[^.!?]{0,60}[.!]?$`, 'u');

/** A software credit, in a block of at most 100 characters. */
export const POWERED_BY_RULE: PhraseRule = { maxChars: 100, test: (t) => POWERED_BY.test(t) };
