/**
 * Short blocks matched against phrase vocabularies: one normal form for the text (`normalizePhrase`) and one way to
 * turn a vocabulary into a RegExp alternation (`phraseAlternation`).
 */

/** Lowercase, typographic apostrophes made straight, whitespace collapsed and trimmed. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The phrases, regex-escaped, longest first (so "read more" wins over "read"), joined by `|` (wrap it in a group). */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A rule on short blocks: the longest block (characters, in normal form) it reads, and its test on the normal form. */
export interface PhraseRule {
  maxChars: number;
  test: (normal: string) => boolean;
}

/** Whether `rule` matches `normal` (a text already in `normalizePhrase` form): non-empty, short enough, and its test. */
export function matchesNormal(rule: PhraseRule, normal: string): boolean {
  return normal.length > 0 && normal.length <= rule.maxChars && rule.test(normal);
}

/** Whether `rule` matches a block's raw text (normalised here; to try several rules on one block, normalise once and use `matchesNormal`). */
export function matchesPhrase(rule: PhraseRule, text: string): boolean {
  return matchesNormal(rule, normalizePhrase(text));
}
