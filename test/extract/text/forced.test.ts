// Lines that go whatever the line model says: cookie-consent dialogs (their prose, buttons and toggles; reason
// `cookie`; a text about cookies without a dialog's buttons stays) and browser notices (reason `notice`).
import { describe, it, expect } from 'vitest';
import { isBrowserNotice } from '../../../src/extract/browser-notice.js';
import { clean } from '../../../src/index.js';
import { consentDialogLines } from '../../../src/extract/text/consent.js';
import { prepareDump } from '../../../src/extract/text/index.js';
import { forcedDrops } from '../../../src/extract/text/forced.js';

const ARTICLE = [
  'Harbour road to reopen after storm repairs',
  '',
  'The harbour road will reopen on Monday after three weeks of repairs, the county council said on Friday evening.',
  '',
  'Engineers replaced two hundred metres of the sea wall that the January storm had washed away, and the new wall is',
  'built to withstand waves a metre higher than the old one, according to the council.',
  '',
  'Local businesses, which lost most of their winter trade while the road was closed, welcomed the news but asked the',
  'council to pay for the losses they had suffered during the long closure of the only road into the village.',
  '',
  'The council said it would discuss a support fund at its next meeting, once the final cost of the work is known.',
];
const DIALOG = [
  'We Care About Your Privacy',
  '',
  'We and our 120 partners store and/or access information on a device, such as unique IDs in cookies to process',
  'personal data. You may accept or manage your choices by clicking below, including your right to object where',
  'legitimate interest is used.',
  '',
  'Accept All Reject All Show Purposes',
  '',
  'Performance Cookies',
  '',
  '[ ] Performance Cookies Off',
  '',
  'These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our',
  'site. They help us to know which pages are the most and least popular and see how visitors move around the site.',
  '',
  'Confirm My Choices',
];

describe('cookie-consent dialogs in text dumps', () => {
  it('drops the dialog after an article and reports it as cookie', () => {
    const r = clean([...ARTICLE, '', ...DIALOG].join('\n'), { format: 'text' });
    expect(r.body).toContain('The harbour road will reopen on Monday');
    expect(r.body).not.toMatch(/cookies|partners|Accept All/i);
    const reasons = r.removed.filter((x) => /cookies|Accept All|partners/i.test(x.text)).map((x) => x.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toEqual(new Set(['cookie']));
  });

  it('finds a French banner by its prose and its buttons', () => {
    const p = prepareDump(['Nous utilisons des cookies pour mesurer l’audience et vous proposer des publicités personnalisées.',
      'Tout accepter', 'Paramétrer les cookies', ...ARTICLE].join('\n'), null, []);
    const found = [...consentDialogLines(p.lines, p.feats.stats)].map((i) => p.lines[i]!.text);
    expect(found).toEqual(['Nous utilisons des cookies pour mesurer l’audience et vous proposer des publicités personnalisées.',
      'Tout accepter', 'Paramétrer les cookies']);
  });

  it('keeps a text that talks about cookies when no dialog buttons come with it', () => {
    const about = ['Browsers store cookies for each site you visit, and advertisers use third-party cookies to follow you.',
      'Regulators now require sites to ask for consent before they set any cookie that is not strictly necessary.'];
    const p = prepareDump([...ARTICLE, '', ...about].join('\n'), null, []);
    expect(consentDialogLines(p.lines, p.feats.stats).size).toBe(0);
  });

  it('drops a browser notice, and keeps prose that mentions a browser', () => {
    const notice = 'JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.';
    const prose = 'The new browser from the foundation ships next month, and the team says it will be faster than the old one.';
    const r = clean([notice, '', ...ARTICLE, '', prose].join('\n'), { format: 'text' });
    expect(r.body).not.toContain('JavaScript is disabled');
    expect(r.removed.find((x) => x.text === notice)?.reason).toBe('notice');
    const p = prepareDump([notice, ...ARTICLE, prose].join('\n'), null, []);
    expect([...forcedDrops(p.lines, p.feats.stats)]).toEqual([[0, 'notice']]);
  });

  it('reads the notice in its German imperative forms', () => {
    for (const t of ['Bitte aktiviere Javascript und Cookies, damit alle Bereiche der Homepage verfügbar sind.',
      'Aktivieren Sie JavaScript, um diese Seite zu nutzen.', 'Bitte JavaScript aktivieren.']) {
      expect(isBrowserNotice(t), t).toBe(true);
    }
    expect(isBrowserNotice('Der Browser aktiviert JavaScript-Module erst, wenn die Seite geladen ist, und spart so Zeit.')).toBe(false);
  });
});
