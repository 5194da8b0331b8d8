/**
 * The article's HTML from the kept blocks: each block's own inline content (links, emphasis, images) rendered,
 * then laid out by the output stage's blocksToHtml. Code blocks keep their text as it was.
 */
import type { RawBlock } from './blocks.js';
import { toHtml } from '../../dom/query.js';
import { blocksToHtml } from '../../output/blocks-html.js';

export function articleHtml(blocks: RawBlock[]): string {
  return blocksToHtml(blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    inner: b.kind === 'pre' || !b.inline.length ? undefined : toHtml(b.inline).trim(),
  })));
}
