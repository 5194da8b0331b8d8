/**
 * A second copy of a run of the article's blocks (HTML blocks or text-dump lines) printed right after the first:
 * responsive layouts print the same section twice in a row (one for phones, one for desktops, the other hidden by
 * CSS we do not run), and the reader sees it once. Only a run of kept blocks that repeats, in the same order, the
 * run just before it (or after a wordless block or two: a forum's vote count) leaves; a single repeated block (a
 * pull quote, a forum reply quoting a post) and repeats with other text between them (a meal plan's daily
 * pre-workout meal, the same deliverables under several service packages) stay.
 */

/** A run needs this many blocks and this many characters before its second copy leaves. */
const MIN_RUN_BLOCKS = 2;
const MIN_RUN_CHARS = 200;
/** What may stand between the run and its copy: a block or two without letters (a vote count, a date in digits). */
const MAX_GAP_BLOCKS = 2;
const MAX_GAP_CHARS = 24;
const LETTER = /\p{L}/u;

/** Un-keeps the second copies of repeated runs among the kept blocks; returns the indexes it dropped. */
export function dropDuplicateRuns(texts: readonly string[], keep: boolean[]): number[] {
  const kept: number[] = [];
  const trimmed: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = keep[i] ? texts[i]!.trim() : '';
    if (t) { kept.push(i); trimmed.push(t); }
  }
  // for each kept block, the position (in `kept`) of the first earlier copy of its text
  const first = new Map<string, number>();
  const copyOf = trimmed.map((t, p) => {
    const q = first.get(t);
    if (q === undefined) { first.set(t, p); return -1; }
    return q;
  });
  const dropped: number[] = [];
  for (let p = 0; p < kept.length;) {
    if (copyOf[p]! < 0) { p++; continue; }
    // extend the run while the next block repeats the block after the previous one's copy
    let end = p + 1;
    while (end < kept.length && copyOf[end] === copyOf[end - 1]! + 1) end++;
    let chars = 0;
    for (let q = p; q < end; q++) chars += texts[kept[q]!]!.length;
    // the copy follows its original directly (A B C A B C), or after a number or two (A B C 13 A B C: a vote count);
    // a word between them (`Day 2`) makes the repeat meant
    const gapFrom = copyOf[end - 1]! + 1;
    let adjacent = gapFrom <= p && p - gapFrom <= MAX_GAP_BLOCKS;
    for (let q = gapFrom; adjacent && q < p; q++) adjacent = trimmed[q]!.length <= MAX_GAP_CHARS && !LETTER.test(trimmed[q]!);
    if (adjacent && end - p >= MIN_RUN_BLOCKS && chars >= MIN_RUN_CHARS) {
      for (let q = p; q < end; q++) { keep[kept[q]!] = false; dropped.push(kept[q]!); }
    }
    p = end;
  }
  return dropped;
}
