/** "Follow us" lines (the label alone, or with the networks) leave the body; sentences that open the same way stay. */
import { describe, it, expect } from 'vitest';
import { isFollowLine } from '../../../src/extract/html/follow-lines.js';
import { cleanArticleWith, STORY } from './news-article.js';

describe('isFollowLine', () => {
  it('reads the label alone, or with the networks after a colon or a preposition, in several languages', () => {
    for (const t of ['Follow us', 'Follow us:', 'Follow us: Google News | NewsBreak | Reddit | Instagram | Facebook | Twitter',
      'Follow us: Apple News | Google News | Or sign up for our RSS Feed', 'Follow us on Twitter and Facebook',
      'Folgen Sie uns auf Facebook und Instagram', 'Suivez-nous sur les réseaux sociaux', 'Síguenos en Twitter', 'Connect with us']) {
      expect(isFollowLine(t), t).toBe(true);
    }
  });

  it('leaves sentences and other words after the label', () => {
    for (const t of ['Follow us into the woods as we track a bear', 'Follow us on Mastodon. We post every story there first, and answer questions.',
      'Follow usability guidelines when you design forms', 'Find us a better way to get there', 'Like us, they had no map.']) {
      expect(isFollowLine(t), t).toBe(false);
    }
  });
});

describe('"Follow us" lines under an article', () => {
  it('leave as share, the article stays', () => {
    const r = cleanArticleWith('<p>Follow us: Google News | Reddit | Instagram | Facebook</p>');
    expect(r.body).toContain(STORY);
    expect(r.body).not.toContain('Follow us');
    expect(r.removed.some((x) => x.reason === 'share' && x.text.startsWith('Follow us'))).toBe(true);
  });
});
