/**
 * On a forum thread, the author pane and post header around each post (online status, post counts, likes, the
 * post's number, "Improve this answer", "trilby wrote:") leave the body: a reader of the thread came for the posts.
 */
import { POST_METADATA_PATTERNS } from '../vocab/post-metadata.js';
import type { RawBlock } from './blocks.js';
import { matchesPhrase, type PhraseRule } from '../phrase-pattern.js';

/** A post label in a block of at most 40 characters. */
const POST_LABEL_RULE: PhraseRule = { maxChars: 40, test: (t) => POST_METADATA_PATTERNS.some((re) => re.test(t)) };

export function isPostMetadata(text: string): boolean {
  return matchesPhrase(POST_LABEL_RULE, text);
}

/** On pages typed `forum`, cuts the kept blocks that are post labels. */
export function dropPostMetadata(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, cut: (i: number) => void): void {
  if (pageType !== 'forum') return;
  for (let i = 0; i < keep.length; i++) if (keep[i] && blocks[i]!.text.length <= POST_LABEL_RULE.maxChars && isPostMetadata(blocks[i]!.text)) cut(i);
}
