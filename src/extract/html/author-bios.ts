/**
 * The author's box of an article: a heading "About the author" (`AUTHOR_BIO_HEADINGS`) and the one or two blocks
 * under it (the bio, a disclosure line) leave as `meta`, however well the bio reads. Only on pages typed article: on
 * a shop's book page the author's bio is part of what the reader came for. At most two blocks, because a box that
 * opens an article is followed by the article itself, without a heading between.
 */
import { isHeading, type RawBlock } from './blocks.js';
import { AUTHOR_BIO_HEADINGS } from '../vocab/author-bio-headings.js';
import { normalizePhrase } from '../phrase-pattern.js';

const HEADINGS = new Set(AUTHOR_BIO_HEADINGS);
/** Blocks under the heading that belong to the box. */
const MAX_BOX_BLOCKS = 2;
/** Longer blocks are not such headings, whatever their tag. */
const MAX_HEADING_CHARS = 40;

/** Whether a heading opens the author's box. */
export function isAuthorBioHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && HEADINGS.has(normalizePhrase(text).replace(/\s*:$/u, ''));
}

/** Un-keeps the author's box of an article page (heading and up to two blocks under it), each index handed to `onDrop`. */
export function dropAuthorBios(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, onDrop: (i: number) => void): void {
  if (pageType !== 'article') return;
  for (let i = 0; i < blocks.length; i++) {
    if (!isHeading(blocks[i]!) || !isAuthorBioHeading(blocks[i]!.text)) continue;
    for (let j = i, under = 0; j < blocks.length && under <= MAX_BOX_BLOCKS && (j === i || !isHeading(blocks[j]!)); j++, under++) {
      if (keep[j]) { keep[j] = false; onDrop(j); }
    }
  }
}
