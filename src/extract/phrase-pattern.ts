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
