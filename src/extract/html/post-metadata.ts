/**
 * On a forum thread, the author pane and post header around each post (online status, post counts, likes, member
 * statistics, the post's number, "Improve this answer", "trilby wrote:") leave the body: a reader of the thread came
 * for the posts.
 */
import { POST_METADATA_PATTERNS, MEMBER_STAT_LABELS } from '../vocab/post-metadata.js';
import type { RawBlock } from './blocks.js';
import { matchesPhrase, matchesNormal, normalizePhrase, phraseAlternation, type PhraseRule } from '../phrase-pattern.js';

/** A member statistic's label alone, with its colon ("Messages:"; "Posts" alone may head a thread's list), its value in the next block. */
const STAT_LABEL = new RegExp(`^(?:${phraseAlternation(MEMBER_STAT_LABELS)})\\s*:$`, 'u');
/** A member statistic with its value, a count or a date ("Registered: 2016-07-02", "Joined: Mar 12, 2015"). */
const STAT_WITH_VALUE = new RegExp(`^(?:${phraseAlternation(MEMBER_STAT_LABELS)})\\s*:\\s*(?=[^\\d]{0,12}\\d)[\\p{L}\\p{N}][\\p{L}\\p{N} .,/-]{0,24}$`, 'u');
/** A counter alone ("1,046", "3"): the value of the statistic in the block before. */
const BARE_COUNT = /^\d[\d.,]*k?$/u;

/** A post label in a block of at most 40 characters. */
const POST_LABEL_RULE: PhraseRule = {
  maxChars: 40,
  test: (t) => POST_METADATA_PATTERNS.some((re) => re.test(t)) || STAT_LABEL.test(t) || STAT_WITH_VALUE.test(t),
};

export function isPostMetadata(text: string): boolean {
  return matchesPhrase(POST_LABEL_RULE, text);
}

/**
 * On pages typed `forum`, cuts the kept blocks that are post labels, and the counter right after a member
 * statistic's label ("Messages:" then "1,046"; a counter elsewhere stays: a post may be a number).
 */
export function dropPostMetadata(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, cut: (i: number) => void): void {
  if (pageType !== 'forum') return;
  let afterStatLabel = false;
  for (let i = 0; i < keep.length; i++) {
    const t = blocks[i]!.text;
    // one normal form per short block, for both tests
    const normal = t.length <= POST_LABEL_RULE.maxChars ? normalizePhrase(t) : null;
    const isLabel = normal !== null && STAT_LABEL.test(normal);
    if (keep[i] && (isLabel || (afterStatLabel && BARE_COUNT.test(t.trim())) || (normal !== null && matchesNormal(POST_LABEL_RULE, normal)))) cut(i);
    afterStatLabel = isLabel;
  }
}
