/** The site software's footer credit ("Powered by FluxBB") leaves; a product's "Powered by …" stays. */
import { describe, it, expect } from 'vitest';
import { POWERED_BY_RULE } from '../../../src/extract/html/powered-by.js';
import { matchesPhrase } from '../../../src/extract/phrase-pattern.js';
import { clean } from '../../../src/index.js';

const isCredit = (t: string): boolean => matchesPhrase(POWERED_BY_RULE, t);

describe('software credits', () => {
  it('read "powered by" and a known forum, blog or shop software', () => {
    for (const t of ['Powered by FluxBB', 'Proudly powered by WordPress', 'Powered by phpBB® Forum Software © phpBB Limited',
      'Powered by Discourse, best viewed with JavaScript enabled']) {
      expect(isCredit(t), t).toBe(true);
    }
  });

  it('leave what a product or a sentence says it is powered by', () => {
    for (const t of ['Powered by AI agents', 'Powered by iRobot OS', 'Powered by ghostly engines', 'The forum is powered by phpBB and a plugin.']) {
      expect(isCredit(t), t).toBe(false);
    }
  });

  it('leave a thread\'s body as footer', () => {
    const post = '<p>The mirror list was updated this morning; run the sync again and the 404 errors should be gone for good.</p>';
    const html = `<html><body><div id="punviewtopic"><h1>Mirror errors after update</h1>${post.repeat(3)}<p>Powered by FluxBB</p></div></body></html>`;
    const r = clean(html, { url: 'https://bbs.example.org/viewtopic.php?id=42', readability: 'never' });
    expect(r.body).toContain('mirror list was updated');
    expect(r.body).not.toContain('Powered by');
    expect(r.removed.some((x) => x.reason === 'footer' && x.text === 'Powered by FluxBB')).toBe(true);
  });
});
