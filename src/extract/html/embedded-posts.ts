/**
 * Social posts embedded in the article (`<blockquote class="twitter-tweet">` between two paragraphs) are part of
 * what the reader came for, but the block model scores them low (links, handles, network names). An embedded
 * post whose nearest blocks on both sides are kept is kept.
 */
import { isTag, type Element } from 'domhandler';
import type { RawBlock } from './blocks.js';
import { EMBEDDED_POST_CLASS } from './vocab.js';
import { keepRunsBetweenKept } from './runs-between-kept.js';

/** The embedded post (its blockquote) a block belongs to, looking up a few levels; null when none. */
function embeddedPostOf(el: Element | null): Element | null {
  for (let p: Element | null = el, level = 0; p && level < 6; level++) {
    if (p.name === 'blockquote' && EMBEDDED_POST_CLASS.test(p.attribs['class'] ?? '')) return p;
    p = p.parent && isTag(p.parent) ? p.parent : null;
  }
  return null;
}

/** Keeps the blocks of embedded posts that sit inside the kept article; returns the indexes it turned on. */
export function keepEmbeddedPosts(blocks: RawBlock[], keep: boolean[]): number[] {
  return keepRunsBetweenKept(blocks, keep, (b) => embeddedPostOf(b.el));
}
