/**
 * A second copy of a run of the article's blocks (HTML blocks or text-dump lines) printed right after the first:
 * responsive layouts print the same section twice in a row (one for phones, one for desktops, the other hidden by
 * CSS we do not run), and the reader sees it once; site builders print it three times (desktop, tablet, phone). Only
 * a run of kept blocks that repeats, in the same order, the run just before it (or after a wordless block or two: a
 * forum's vote count) leaves, also when one copy repeats a block of its own (a heading used twice); a single
 * repeated block (a pull quote, a forum reply quoting a post) and repeats with other text between them (a meal
 * plan's daily pre-workout meal, the same deliverables under several service packages) stay.
 */

/** A run needs this many blocks and this many characters before its second copy leaves. */
const MIN_RUN_BLOCKS = 2;
const MIN_RUN_CHARS = 200;
/** What may stand between the run and its copy: a block or two without letters (a vote count, a date in digits). */
const MAX_GAP_BLOCKS = 2;
const MAX_GAP_CHARS = 24;
const LETTER = /\p{L}/u;

/** Earlier copies of a block tried as the start of the run it repeats, nearest first. */
const MAX_ORIGINS = 16;
/**
 * Block comparisons one call may spend. Runs that nearly repeat (the same long run again with another last block)
 * cost a comparison per block at each start; the budget bounds a page built to exploit that.
 */
const MAX_COMPARISONS = 5_000_000;

/** Un-keeps the second copies of repeated runs among the kept blocks; returns the indexes it dropped. */
export function dropDuplicateRuns(texts: readonly string[], keep: boolean[]): number[] {
  const kept: number[] = [];
  const trimmed: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = keep[i] ? texts[i]!.trim() : '';
    if (t) { kept.push(i); trimmed.push(t); }
  }
  const n = kept.length;
  // texts as numbers, so that comparing two blocks costs the same whatever their length
  const ids = new Map<string, number>();
  const id = Int32Array.from(trimmed, (t) => { let v = ids.get(t); if (v === undefined) ids.set(t, (v = ids.size)); return v; });
  let budget = MAX_COMPARISONS;
  const charsBefore = new Float64Array(n + 1);
  for (let p = 0; p < n; p++) charsBefore[p + 1] = charsBefore[p]! + texts[kept[p]!]!.length;
  // what may stand between a run and its copy: a number or two (A B C 13 A B C: a vote count); a word between
  // them (`Day 2`) makes the repeat meant
  const wordless = (from: number, to: number): boolean => {
    for (let q = from; q < to; q++) if (trimmed[q]!.length > MAX_GAP_CHARS || LETTER.test(trimmed[q]!)) return false;
    return true;
  };
  /** The length of the run starting at `p` that repeats the run starting at `q` and ending right before `p`, or 0. */
  const copyLength = (q: number, p: number): number => {
    for (let gap = 0; gap <= MAX_GAP_BLOCKS; gap++) {
      const len = p - gap - q;
      if (len < MIN_RUN_BLOCKS || p + len > n || charsBefore[p + len]! - charsBefore[p]! < MIN_RUN_CHARS) continue;
      if (!wordless(p - gap, p)) continue;
      let j = 0;
      while (j < len && id[q + j] === id[p + j]) j++;
      budget -= j + 1;
      if (j === len) return len;
    }
    return 0;
  };
  // earlier positions (in `kept`) of each text; a text can occur several times in one copy (a repeated heading),
  // so every earlier occurrence near enough is tried as the start of the original
  const seen = new Map<number, number[]>();
  const dropped: number[] = [];
  let noted = 0;
  for (let p = 0; p < n && budget > 0;) {
    for (; noted < p; noted++) {
      const at = seen.get(id[noted]!);
      if (at) at.push(noted); else seen.set(id[noted]!, [noted]);
    }
    const earlier = seen.get(id[p]!) ?? [];
    let len = 0;
    for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - MAX_ORIGINS && !len; k--) len = copyLength(earlier[k]!, p);
    if (!len) { p++; continue; }
    for (let q = p; q < p + len; q++) { keep[kept[q]!] = false; dropped.push(kept[q]!); }
    p += len;
  }
  return dropped;
}
