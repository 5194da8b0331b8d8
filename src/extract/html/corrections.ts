/**
 * Structure corrections after the block model, in order: embedded social posts inside the article are kept,
 * lists are decided whole, blocks that are noise to any reader (tickers, machine tokens, browser notices) leave,
 * quoted copies of text already shown and second copies of repeated runs leave, related-list sections leave, and
 * on product pages customer reviews leave. Each block a correction removes is logged
 * with its reason.
 */
import type { PageContext } from '../../pipeline/context.js';
import { isTag } from 'domhandler';
import { F, type RawBlock } from './blocks.js';
import { CODE_TAGS } from './vocab.js';
import { keepEmbeddedPosts } from './embedded-posts.js';
import { applyListMajority } from './list-majority.js';
import { isNoiseText } from './noise-blocks.js';
import { isBrowserNotice } from '../browser-notice.js';
import { dropRelatedSections } from './related-sections.js';
import { dropDuplicateRuns } from '../duplicate-runs.js';
import { dropCustomerReviews } from './reviews.js';
import { dropQuotedCopies } from './quoted-copies.js';

/** A block set as code: under `<pre>` / `<code>`, or made of a `<code>` element (`<dt><code>{{ field }}</code></dt>`). */
function isCode(b: RawBlock): boolean {
  return (b.flags & F.PRE) !== 0 || b.inline.some((n) => isTag(n) && CODE_TAGS.has(n.name));
}

/** Corrects `keep` in place; the indexes of blocks it removed go to `cut` (already logged in `ctx.removed`). */
export function correctDecisions(blocks: RawBlock[], keep: boolean[], ctx: PageContext, cut: Set<number>, pageType: string | null): void {
  keepEmbeddedPosts(blocks, keep);
  applyListMajority(blocks, keep);
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const b = blocks[i]!;
    const t = b.text;
    const reason = isNoiseText(t, isCode(b)) ? 'noise' : isBrowserNotice(t) ? 'notice' : null;
    if (reason) { keep[i] = false; cut.add(i); ctx.removed.add(reason, t); }
  }
  dropQuotedCopies(blocks, keep, (i) => { cut.add(i); ctx.removed.add('duplicate', blocks[i]!.text); });
  const texts = blocks.map((b) => b.text);
  for (const i of dropDuplicateRuns(texts, keep)) { cut.add(i); ctx.removed.add('duplicate', blocks[i]!.text); }
  dropRelatedSections(blocks.map((b) => b.kind), texts, keep, (i) => { cut.add(i); ctx.removed.add('related', blocks[i]!.text); });
  dropCustomerReviews(blocks, keep, pageType, (i) => { cut.add(i); ctx.removed.add('reviews', blocks[i]!.text); });
}
