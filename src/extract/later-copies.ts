/**
 * Later copies of a kept text (text-dump lines and HTML blocks): a text the page prints two or three times (the
 * article of a second layout, a teaser shown again, a shop's shipping note in both its desktop and phone boxes) is
 * read once, and its kept copies after the first go. A text printed more than COPIES_MAX times is a field of
 * repeated items (a listing's "Reported by:", a coupon's terms) or an interview's recurring question, and every copy
 * stays.
 */

/** More kept copies than this make a text a field of repeated items or a recurring question, kept every time. */
export const COPIES_MAX = 3;

/** Un-keeps the later kept copies of each key (null: not eligible, a too-short text); returns their indexes. */
export function dropLaterCopies(keys: ReadonlyArray<string | null>, keep: boolean[]): number[] {
  const copies = new Map<string, number>();
  for (let i = 0; i < keep.length; i++) {
    const k = keys[i];
    if (keep[i] && k !== null && k !== undefined) copies.set(k, (copies.get(k) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const dropped: number[] = [];
  for (let i = 0; i < keep.length; i++) {
    const k = keys[i];
    if (!keep[i] || k === null || k === undefined) continue;
    const n = copies.get(k)!;
    if (n < 2 || n > COPIES_MAX) continue;
    if (seen.has(k)) { keep[i] = false; dropped.push(i); } else seen.add(k);
  }
  return dropped;
}
