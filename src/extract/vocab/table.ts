/**
 * Lookup tables keyed by words from the page (tag names, class words, schema.org types) must not inherit
 * from Object.prototype: a class word `constructor` would otherwise find a function. `table()` makes a
 * frozen, prototype-free copy.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
