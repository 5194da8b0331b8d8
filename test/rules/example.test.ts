// examples/custom-rule.ts: the documented rule does what docs/rules.md says on its HTML page and its dump.
import { describe, it, expect } from 'vitest';
import { cleanHarbourPage, cleanHarbourDump } from '../../examples/custom-rule.js';

const ARTICLE = ['Ferry crews will return to work on Friday', 'The strike, now in its second week', 'Under the agreement, crews will work'];
const CHROME = ['Harbour Morning newsletter', 'Share:', 'Lifeboat crew honoured', 'Sign in', 'Subscribe to continue'];

describe('examples/custom-rule.ts', () => {
  it('HTML page: article only, metadata from the selectors, stub reported, title trimmed by the after hook', () => {
    const r = cleanHarbourPage();
    for (const a of ARTICLE) expect(r.body).toContain(a);
    for (const c of CHROME) expect(r.body).not.toContain(c);
    expect(r).toMatchObject({ title: 'Ferry strike ends after night of talks', author: 'Mara Lind', rules: ['daily-harbour'] });
    expect(r.date?.slice(0, 10)).toBe('2025-06-12');
    expect(r.paywall.detected).toBe(true);
  });

  // [depends on the text extractor applying rule actions]
  it('text dump: the same rule cuts the header and the list, drops the newsletter box, reports the stub', () => {
    const r = cleanHarbourDump();
    expect(r.body.split('\n\n')).toEqual(ARTICLE.map((a) => expect.stringContaining(a)));
    expect(r.paywall).toEqual({ detected: true, text: 'Subscribe to continue reading this article.' });
    expect(r.rules[0]).toBe('daily-harbour');
  });
});

describe('examples/daily-harbour.rules.json', () => {
  it('is the same rule as data (without the hook) and cleans the page the same way', async () => {
    const { loadRulesFile } = await import('../../src/rules/load.js');
    const { clean } = await import('../../src/index.js');
    const { dailyHarbour } = await import('../../examples/custom-rule.js');
    const [fromJson] = await loadRulesFile(new URL('../../examples/daily-harbour.rules.json', import.meta.url).pathname);
    const { after: _after, ...declarative } = dailyHarbour;
    expect(fromJson).toEqual(declarative);
    const page = cleanHarbourPage();
    const viaJson = clean((await import('node:fs')).readFileSync(new URL('../../fixtures/rules/daily-harbour.html', import.meta.url), 'utf8'), { rules: [fromJson!] });
    expect(viaJson.body).toBe(page.body);
    expect(viaJson.title).toBe(page.title); // the <h1> selector gives the title without the site suffix anyway
  });
});
