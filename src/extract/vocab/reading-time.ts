/**
 * How a page says how long its article takes to read ("Reading time: 4 minutes", "7 min read", "Lesezeit: 2
 * Minuten"): the labels before the number, the units after it, and the words after the unit. Lowercase; compiled in
 * `../html/reading-time.ts`.
 */
export const READING_TIME_LABELS: readonly string[] = [
  'reading time', 'read time', 'estimated reading time', 'lesezeit', 'lesedauer', 'temps de lecture',
  'tiempo de lectura', 'tempo di lettura', 'tempo de leitura',
];

export const READING_TIME_UNITS: readonly string[] = ['min', 'mins', 'minute', 'minutes', 'minuten', 'minutos', 'minuti'];

/** What follows the unit when no label comes first ("7 min read", "3 Minuten Lesezeit"). */
export const READING_TIME_SUFFIXES: readonly string[] = [
  'read', 'reading', 'lesen', 'lesezeit', 'lesedauer', 'de lecture', 'de lectura', 'di lettura', 'de leitura',
];
