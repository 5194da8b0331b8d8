/** Newsletter pitches leave the body (also with a "Follow us" line after a <br>); sentences about a newsletter stay. */
import { describe, it, expect } from 'vitest';
import { NEWSLETTER_PITCH_RULE } from '../../../src/extract/html/newsletter-pitches.js';
import { matchesPhrase } from '../../../src/extract/phrase-pattern.js';
import { cleanArticleWith, STORY } from './news-article.js';

const isPitch = (t: string): boolean => matchesPhrase(NEWSLETTER_PITCH_RULE, t);

describe('newsletter pitches', () => {
  it('reads sign-up imperatives that name a newsletter or an inbox, and bare sign-up labels, in several languages', () => {
    for (const t of ['Subscribe to Metro Times newsletters.', 'Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.',
      "Sign up for The Week's Free Newsletters", 'Newsletter', 'NEWSLETTER ABONNIEREN', 'Melden Sie sich für unseren Newsletter an',
      'Inscrivez-vous à notre newsletter', 'Suscríbete a nuestro boletín', 'Join the Daily Record WhatsApp community!']) {
      expect(isPitch(t), t).toBe(true);
    }
  });

  it('leaves sentences about a newsletter, pitches without one, and addresses', () => {
    for (const t of ['You can also subscribe to this newsletter here', 'The paper says 3 million readers subscribe to its newsletter.',
      'Subscribe now', 'Get the app', 'Join the conversation in the comments below.', 'Get in touch with our team: newsletter@example.com',
      'Get your Gmail inbox organised in ten minutes', 'Subscribe to our newsletter. Our editors picked the five best bakeries in the city, and we went to all of them.']) {
      expect(isPitch(t), t).toBe(false);
    }
  });
});

describe('short blocks whose every line is chrome', () => {
  it('leave with the first line\'s reason when each line is a pitch or a "Follow us" line', () => {
    const r = cleanArticleWith('<p>Subscribe to Metro Times newsletters.<br>Follow us: Google News | Reddit | Instagram | Facebook</p>');
    expect(r.body).toContain(STORY);
    expect(r.body).not.toContain('Subscribe to');
    expect(r.body).not.toContain('Follow us');
    expect(r.removed.some((x) => x.reason === 'login' && x.text.startsWith('Subscribe to Metro Times'))).toBe(true);
  });

  it('stay when one line is text', () => {
    const r = cleanArticleWith('<p>Subscribe to Metro Times newsletters.<br>The council meets again on March 3 to decide on the fares.</p>');
    expect(r.body).toContain('decide on the fares');
  });
});
