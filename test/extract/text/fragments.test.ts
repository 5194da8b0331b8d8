// Dumps that print every text node on a line of their own (a scraper's get_text('\n')): paragraphs broken at
// their links are joined again, menus stay apart, and dumps with paragraph gaps are left as they are.
import { describe, it, expect } from 'vitest';
import { splitDump } from '../../../src/extract/text/lines.js';
import { clean } from '../../../src/index.js';

// the page as BeautifulSoup's get_text('\n', strip=True) prints it: links and emphasis cut the paragraphs
const MENU = ['Home', 'News', 'Sport', 'Business', 'Culture', 'Sign in'];
const PARAGRAPHS = [
  ['I am extremely excited to write this post: it is the result of years of effort by me, the', 'TrustFabric', 'team at Google, the', 'Sigsum', 'team at', 'Glasklar', ', and many others.'],
  ['Let us start by defining the goal: we want a secure and convenient way to fetch', 'age', 'public keys for other people and services, with', 'no new trust', 'in the operator.'],
  ['The keyserver sends a link to the email address, and whoever receives it may manage the keys bound to that address. It is a plain Go server with a small database.'],
  ['Centralization is appealing: after the', 'SKS pool was killed by spam', ', a', 'new keyserver', 'was built which is just a database of keys. Its', 'FAQ', 'explains the rest.'],
];
const FOOTER = ['About us', 'Contact', 'Privacy policy', '© 2026 Example Media'];
const dump = [...MENU, 'Building a transparent keyserver', ...PARAGRAPHS.flat(), ...FOOTER, ...MENU].join('\n');
const joined = (pieces: string[]): string => pieces.reduce((a, b) => (/^[,.]/.test(b) ? a + b : `${a} ${b}`));

describe('fragmented dumps (one text node per line)', () => {
  it('joins each paragraph again, with closing punctuation attached', () => {
    const texts = splitDump(dump).lines.map((l) => l.text);
    for (const p of PARAGRAPHS) expect(texts).toContain(joined(p));
    expect(texts).toContain('I am extremely excited to write this post: it is the result of years of effort by me, the TrustFabric team at Google, the Sigsum team at Glasklar, and many others.');
  });

  it('leaves menu and footer lines apart', () => {
    const texts = splitDump(dump).lines.map((l) => l.text);
    for (const m of [...MENU, ...FOOTER]) expect(texts).toContain(m);
  });

  it('does not touch a dump with paragraph gaps (a text browser, innerText)', () => {
    const gapped = [...MENU, '', ...PARAGRAPHS.flatMap((p) => [...p, ''])].join('\n');
    const { lines } = splitDump(gapped);
    expect(lines.map((l) => l.text)).toContain('TrustFabric');
    expect(lines.every((l) => l.pieces === 1)).toBe(true);
  });

  it('a line printed again is not joined to itself, and a joined line stops growing', () => {
    const same = splitDump(['Latest stories:', ...Array.from({ length: 40 }, () => 'read more')].join('\n')).lines;
    expect(same.filter((l) => l.text === 'read more').length).toBe(40);
    // short pieces (under 30 columns: no hard-wrap width is read from them)
    const long = splitDump(['Title', ...Array.from({ length: 2000 }, (_, i) => `piece ${i % 100}`)].join('\n'));
    expect(long.wrapWidth).toBe(0);
    expect(long.lines.length).toBeGreaterThan(5);
    expect(Math.max(...long.lines.map((l) => l.raw.length))).toBeLessThanOrEqual(3000);
  });

  it('clean() returns the joined article from such a dump', () => {
    const r = clean(dump, { format: 'text' });
    expect(r.body).toContain('the TrustFabric team at Google, the Sigsum team at Glasklar, and many others.');
    expect(r.body).not.toContain('Privacy policy');
  });
});
