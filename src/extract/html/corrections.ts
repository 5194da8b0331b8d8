/**
 * Structure corrections after the block model, in order: embedded social posts inside the article are kept,
 * lists are decided whole, blocks that are noise to any reader (tickers, machine tokens, browser notices) leave,
 * second copies of repeated runs leave, and related-list sections leave. Each block a correction removes is logged
 * with its reason.
 */
import type { PageContext } from '../../pipeline/context.js';
import type { RawBlock } from './blocks.js';
import { keepEmbeddedPosts } from './embedded-posts.js';
import { applyListMajority } from './list-majority.js';
import { isNoiseText } from './noise-blocks.js';
import { isBrowserNotice } from '../browser-notice.js';
import { dropRelatedSections } from './related-sections.js';
import { dropDuplicateRuns } from '../duplicate-runs.js';

/** Corrects `keep` in place; the indexes of blocks it removed go to `cut` (already logged in `ctx.removed`). */
export function correctDecisions(blocks: RawBlock[], keep: boolean[], ctx: PageContext, cut: Set<number>): void {
  keepEmbeddedPosts(blocks, keep);
  applyListMajority(blocks, keep);
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const t = blocks[i]!.text;
    const reason = isNoiseText(t) ? 'noise' : isBrowserNotice(t) ? 'notice' : null;
    if (reason) { keep[i] = false; cut.add(i); ctx.removed.add(reason, t); }
  }
  const texts = blocks.map((b) => b.text);
  for (const i of dropDuplicateRuns(texts, keep)) { cut.add(i); ctx.removed.add('duplicate', blocks[i]!.text); }
  dropRelatedSections(blocks.map((b) => b.kind), texts, keep, (i) => { cut.add(i); ctx.removed.add('related', blocks[i]!.text); });
}
