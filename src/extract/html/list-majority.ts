/**
 * One decision per list: the block model judges list items one by one and keeps a scattered half of a product's
 * colour options or of a listing's items. Where at least half of a list's items are kept, all are; where under a
 * fifth are, none are (a stray menu entry that looked like text) — unless the kept ones hold half the list's
 * characters: a thread whose posts are list items between many short ones (author, `Thanks`, `2 replies`) keeps
 * few of its items, and those are its text.
 */
import type { RawBlock } from './blocks.js';

/** Lists with fewer items are left as decided. */
const MIN_ITEMS = 3;
/** Share of kept items from which the whole list is kept, and under which it is dropped (chosen out of fold). */
const KEEP_FROM = 0.5;
const DROP_UNDER = 0.2;
/** Share of the list's characters in its kept items from which a list is not dropped. */
const DROP_CHARS = 0.5;

/** Applies the list majority to `keep`; returns how many decisions changed. */
export function applyListMajority(blocks: RawBlock[], keep: boolean[]): number {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const l = blocks[i]!.list;
    if (l < 0) continue;
    const g = groups.get(l);
    if (g) g.push(i); else groups.set(l, [i]);
  }
  let changed = 0;
  for (const idx of groups.values()) {
    if (idx.length < MIN_ITEMS) continue;
    let kept = 0, chars = 0, keptChars = 0;
    for (const i of idx) {
      chars += blocks[i]!.chars;
      if (keep[i]) { kept++; keptChars += blocks[i]!.chars; }
    }
    const share = kept / idx.length;
    const to = share >= KEEP_FROM ? true : share < DROP_UNDER && keptChars < DROP_CHARS * chars ? false : null;
    if (to === null) continue;
    for (const i of idx) if (keep[i] !== to) { keep[i] = to; changed++; }
  }
  return changed;
}
