/** Forum post labels (online status, counters, post numbers, quote attributions) leave a thread's body. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { isPostMetadata } from '../../../src/extract/html/post-metadata.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

describe('isPostMetadata', () => {
  it('reads the labels of an author pane and a post header', () => {
    for (const t of ['Offline', 'Online now', '#12', 'Posts: 1,204', 'Posts 88', '3 likes', '1 Like', '12.4k views', '2 Answers',
      'Viewed 18k times', 'Improve this answer', 'Original Poster', 'Quote:', 'trilby wrote:', 'Mike Holt wrote:',
      'Messages:', 'Likes Received:', 'Trophy Points:', 'Registered: 2016-07-02', 'Joined: Mar 12, 2015', 'Beiträge: 1.234']) {
      expect(isPostMetadata(t), t).toBe(true);
    }
  });

  it('leaves what the threads\' truths keep: member titles, comment counts, "said:" lines, sentences', () => {
    for (const t of ['Member', 'New member', '3 comments', 'spikeymike said:', 'Posts', '#1 reason to upgrade the firmware',
      'Here is what the manual says and what I wrote:', 'I am offline until Monday, sorry.', 'Reply to the thread below with your logs and the exact error.',
      'Points: I agree with both of you', 'Location: London', 'Messages from the front']) {
      expect(isPostMetadata(t), t).toBe(false);
    }
  });
});

describe('post labels in the corrections', () => {
  const post = (who: string, n: number, body: string): string =>
    `<div class="post"><div class="author"><p>${who}</p><p>Offline</p><p>Posts: ${n * 311}</p></div><p>#${n}</p><p>${body}</p><p>${n + 2} likes</p></div>`;
  const page = `<html><body><main><h1>Laptop recommendation for field work</h1>`
    + post('alice', 1, 'I need a laptop that survives rain and dust on survey trips, with a battery that lasts a full day.')
    + post('bob', 2, 'A rugged business model with a second battery did the job for me across two winters in the hills.')
    + `</main></body></html>`;
  const kept = (pageType: string): string[] => {
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://forum.example/t/laptop/42', {});
    correctDecisions(blocks, keep, ctx, new Set(), pageType);
    return blocks.filter((_, i) => keep[i]).map((b) => b.text.trim());
  };

  it('on a forum thread the posts and authors stay, their labels leave', () => {
    expect(kept('forum')).toEqual([
      'Laptop recommendation for field work',
      'alice', 'I need a laptop that survives rain and dust on survey trips, with a battery that lasts a full day.',
      'bob', 'A rugged business model with a second battery did the job for me across two winters in the hills.',
    ]);
  });

  it('a member statistic\'s counter in the block after its label leaves with it; a counter elsewhere stays', () => {
    const stats = '<dl><dt>Messages:</dt><dd>1,046</dd><dt>Likes Received:</dt><dd>103</dd></dl>';
    const html = `<html><body><main><h1>Do forums still matter?</h1><div class="post"><div class="author"><p>spartan</p>${stats}</div>`
      + '<p>They do for niche hobbies, where search engines still send people to ten-year-old threads.</p><p>42</p></div></main></body></html>';
    const blocks = walkBlocks(parseHtml(html).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://forum.example/threads/forums.9/', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'forum');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text.trim())).toEqual([
      'Do forums still matter?', 'spartan', 'They do for niche hobbies, where search engines still send people to ten-year-old threads.', '42',
    ]);
  });

  it('on other page types the same blocks are left to the model', () => {
    expect(kept('article')).toContain('Offline');
    expect(kept('article')).toContain('#2');
  });
});
