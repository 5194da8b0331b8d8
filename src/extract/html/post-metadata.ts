/**
 * On a forum thread, the author pane and post header around each post (online status, post counts, likes, the
 * post's number, "Improve this answer", "trilby wrote:") leave the body: a reader of the thread came for the posts.
 */
import { POST_METADATA_PATTERNS } from '../vocab/post-metadata.js';
import type { RawBlock } from './blocks.js';
import { normalizePhrase } from '../phrase-pattern.js';

/** Longest block (characters) read as a post label. */
const MAX_CHARS = 40;

export function isPostMetadata(text: string): boolean {
  const t = normalizePhrase(text);
  return t.length > 0 && t.length <= MAX_CHARS && POST_METADATA_PATTERNS.some((re) => re.test(t));
}

/** On pages typed `forum`, cuts the kept blocks that are post labels. */
export function dropPostMetadata(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, cut: (i: number) => void): void {
  if (pageType !== 'forum') return;
  for (let i = 0; i < keep.length; i++) if (keep[i] && blocks[i]!.text.length <= MAX_CHARS && isPostMetadata(blocks[i]!.text)) cut(i);
}
