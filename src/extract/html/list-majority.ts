/**
 * One decision per list: the block model judges list items one by one and keeps a scattered half of a product's
 * colour options or of a listing's items. Where at least half of a list's items are kept, all are; where under a
 * fifth are, none are (a stray menu entry that looked like text).
 */
import type { RawBlock } from './blocks.js';

/** Lists with fewer items are left as decided. */
const MIN_ITEMS = 3;
/** Share of kept items from which the whole list is kept, and under which it is dropped (chosen out of fold). */
const KEEP_FROM = 0.5;
const DROP_UNDER = 0.2;

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
    const share = idx.filter((i) => keep[i]).length / idx.length;
    const to = share >= KEEP_FROM ? true : share < DROP_UNDER ? false : null;
    if (to === null) continue;
    for (const i of idx) if (keep[i] !== to) { keep[i] = to; changed++; }
  }
  return changed;
}
