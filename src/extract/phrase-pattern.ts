/** Vocabularies of phrases turned into one RegExp alternation (longest first, so "read more" wins over "read"). */

/** The phrases, regex-escaped, longest first, joined by `|` (wrap it in a group). */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
