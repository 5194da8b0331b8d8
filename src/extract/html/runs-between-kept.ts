/**
 * Keeping what sits inside the kept article: a run of consecutive blocks of one group (an embedded post, a figure's
 * captions) is kept when the nearest blocks on both sides of the run are kept.
 */
import type { RawBlock } from './blocks.js';

/** Keeps each run of blocks sharing a non-null `groupOf` key between two kept blocks; returns the indexes it turned on. */
export function keepRunsBetweenKept<K>(blocks: readonly RawBlock[], keep: boolean[], groupOf: (b: RawBlock) => K | null): number[] {
  const on: number[] = [];
  for (let i = 0; i < blocks.length;) {
    const group = groupOf(blocks[i]!);
    if (group === null) { i++; continue; }
    let j = i;
    while (j + 1 < blocks.length && groupOf(blocks[j + 1]!) === group) j++;
    if (i > 0 && j + 1 < blocks.length && keep[i - 1] && keep[j + 1]) {
      for (let k = i; k <= j; k++) if (!keep[k]) { keep[k] = true; on.push(k); }
    }
    i = j + 1;
  }
  return on;
}
