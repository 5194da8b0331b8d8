import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';

const page = (head: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const article = '<p>The council met on Tuesday evening to discuss the new budget for schools and roads across the district.</p><p>Residents asked many questions about the plan, and the mayor promised a second public meeting next month.</p>';

describe('publication date from HTML', () => {
  it('reads JSON-LD datePublished inside @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'X' }, { '@type': 'NewsArticle', headline: 'Budget', datePublished: '2024-05-02T08:00:00+02:00', dateModified: '2024-06-01T08:00:00+02:00' }] };
    const r = clean(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<h1>Budget</h1>${article}`));
    expect(r.date).toBe('2024-05-02T08:00:00+02:00');
    expect(r.dateSource).toBe('json-ld');
    expect(r.dateConfidence).toBe('high');
  });

  it('reads JSON-LD given as an array and skips a Comment date', () => {
    const ld = [{ '@type': 'Comment', datePublished: '2024-07-09' }, { '@type': 'BlogPosting', datePublished: '2024-05-02' }];
    expect(clean(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<h1>Budget</h1>${article}`)).date).toBe('2024-05-02');
  });

  it('reads article:published_time and prefers it over the modification time', () => {
    const r = clean(page('<meta property="article:modified_time" content="2024-06-10"><meta property="article:published_time" content="2024-06-01">', `<h1>Budget</h1>${article}`));
    expect(r.date).toBe('2024-06-01');
    expect(r.dateSource).toBe('meta');
  });

  it.each([
    ['Dublin Core', '<meta name="DC.date.issued" content="2024-06-01">'],
    ['Dublin Core terms', '<meta name="dcterms.issued" content="2024-06-01">'],
    ['Parse.ly', '<meta name="parsely-pub-date" content="2024-06-01T09:30:00Z">'],
    ['Sailthru', '<meta name="sailthru.date" content="2024-06-01 09:30:00">'],
    ['itemprop', '<meta itemprop="datePublished" content="2024-06-01">'],
  ])('reads the %s publication meta tag', (_name, tag) => {
    const r = clean(page(tag, `<h1>Budget</h1>${article}`));
    expect(r.date?.slice(0, 10)).toBe('2024-06-01');
    expect(r.dateSource).toBe('meta');
  });

  it('never takes a modification date alone for the publication date', () => {
    expect(clean(page('<meta property="og:updated_time" content="2024-06-10">', `<h1>Budget</h1>${article}`)).date).toBeNull();
  });

  it('reads a <time datetime> right after the title', () => {
    const r = clean(page('', `<article><h1>Budget talks go on</h1><div class="byline">By Ann Lee <time datetime="2024-03-05">March 5, 2024</time></div>${article}</article>`));
    expect(r.date?.slice(0, 10)).toBe('2024-03-05');
    expect(r.dateSource).toBe('time');
  });

  it('skips a date labelled "Updated" and takes the published one', () => {
    const r = clean(page('', `<article><h1>Budget talks go on</h1><p class="meta">Published</p><p>Apr 26, 2023</p><p>Updated</p><p>Aug 21, 2025</p>${article}</article>`));
    expect(r.date).toBe('2023-04-26');
  });

  it('reads the URL date when nothing structured exists', () => {
    const r = clean(page('', `<h1>Budget talks go on</h1>${article}`), { url: 'https://news.example.com/2024/03/05/budget-talks/' });
    expect(r.date).toBe('2024-03-05');
    expect(r.dateSource).toBe('url');
  });

  it('reads a German date written in the byline under the title', () => {
    const r = clean(page('', `<article><h1>Davis Cup: Kohlmann nominiert zwei Neulinge</h1><p>Von Deutscher Tennis Bund 4. 2. 2022.</p><p>Teamchef Michael Kohlmann hat die Mannschaft für die Qualifiers gegen Brasilien bekanntgegeben, das Spiel findet am 4. und 5. März 2022 statt.</p></article>`, 'de'));
    expect(r.date).toBe('2022-02-04');
    expect(r.dateSource).toBe('text');
    expect(r.dateConfidence).toBe('medium');
  });

  it('prefers the local date over a UTC timestamp one day later', () => {
    const r = clean(page('<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">', `<h1>St. Louis Park elects a new mayor</h1><div><time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></div>${article}`), { url: 'https://www.twincities.com/2023/11/08/st-louis-park-elects-a-new-mayor/' });
    expect(r.date?.slice(0, 10)).toBe('2023-11-08');
  });
});

describe('chrome-date traps', () => {
  it('ignores dates in a trending list, the footer copyright and comment timestamps', () => {
    const html = page('', `<header><nav><a>Home</a></nav></header>
      <aside class="trending"><h3>Trending</h3><ul><li><a>Other story</a> <time datetime="2025-05-09">mai 9, 2025</time></li><li><a>Another</a> <span class="date">9 May 2025</span></li></ul></aside>
      <article><h1>The budget story of the year</h1>${article}</article>
      <section class="comments"><div class="comment"><time datetime="2025-05-10T10:00:00Z">May 10, 2025</time><p>Great post</p></div></section>
      <footer>© 2025 Example News. All rights reserved. 01.01.2025</footer>`);
    const r = clean(html);
    expect(r.date).toBeNull();
    expect(r.dateSource).toBeNull();
  });

  it('ignores a date mentioned inside a sentence of the body', () => {
    const html = page('', `<article><h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt, alle Mitglieder sind herzlich eingeladen und willkommen.</p></article>`, 'de');
    expect(clean(html).date).toBeNull();
  });
});
