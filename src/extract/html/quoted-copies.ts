/**
 * Quotes of what the page already showed: a forum reply quotes the post it answers (`<blockquote>`), a dictionary
 * quotes its own example again. The reader has read that text once; its quoted copy leaves. Only an exact copy of
 * a kept block counts, and only inside a block quote: a paragraph repeated outside quotes is left to the
 * duplicate-run rule, and a quote of anything not shown before (a cited source, a tweet) stays.
 */
import { F, type RawBlock } from './blocks.js';

/** Shorter texts (`Thanks!`, `+1`) are too common to be a copy of one post. */
const MIN_QUOTE_CHARS = 20;

/** Un-keeps kept blocks inside a block quote whose text an earlier kept block already has; each goes to `onDrop`. */
export function dropQuotedCopies(blocks: readonly RawBlock[], keep: boolean[], onDrop: (i: number) => void): void {
  const seen = new Set<string>();
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const t = blocks[i]!.text.trim();
    if (blocks[i]!.flags & F.BLOCKQUOTE && t.length >= MIN_QUOTE_CHARS && seen.has(t)) { keep[i] = false; onDrop(i); continue; }
    seen.add(t);
  }
}
