/** The main item's text in JSON-LD joins the body when the HTML lacks it (script-built pages), and only then. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { readJsonLdText } from '../../../src/meta/jsonld-text.js';

// as pages write it: `<` escaped, so a tag inside a string cannot end the script element
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o).replace(/</g, '\\u003c')}</script>`;
const story = [
  'The city council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found cracks in two of its piers.',
  'Buses and bicycles will still be allowed across while a replacement is designed, the mayor said, adding that the work could take four years.',
  'Shop owners on both banks said they feared losing customers, and asked for a temporary ferry during the busiest months of the year.',
];
const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const shell = (head: string, body = '<div id="root"></div>'): string =>
  `<html><head><title>Bridge to close</title>${head}</head><body>${nav}<h1>Old bridge to close to cars</h1>${body}<footer>© 2024 The Daily Example</footer></body></html>`;
const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Old bridge to close to cars', articleBody: story.join('\n\n') };
const url = 'https://news.example.com/2024/03/12/old-bridge-to-close';

describe('JSON-LD text', () => {
  it('a script-built article page whose HTML holds only a shell gets its body from articleBody, paragraph by paragraph', () => {
    const r = clean(shell(ld(article)), { url, readability: 'never' });
    expect(r.body.split('\n\n')).toEqual(story);
    expect(r.html).toContain('<p>Buses and bicycles will still be allowed across');
  });

  it('a product page whose description is only in JSON-LD gets it ahead of the blocks the page shows', () => {
    const description = 'A midweight quarter sock with a cushioned foot bed, a seamless toe that you will not feel, a honeycomb arch support that holds the midfoot, and a stay-up cuff that keeps the sock where you want it all day.';
    const page = `<html><head>${ld({ '@type': 'Product', name: 'Quarter Sock', description, offers: { '@type': 'Offer', price: '17.00' } })}</head><body>${nav}<main><h1>Quarter Sock</h1><p>Colour: white</p><p>Size: L</p><p>One purchased, one donated to a homeless shelter near you.</p></main></body></html>`;
    const r = clean(page, { url: 'https://shop.example.com/products/quarter-sock', readability: 'never' });
    expect(r.body.startsWith(description)).toBe(true);
    expect(r.body).toContain('one donated');
  });

  it('when the HTML already holds the text, the body is not doubled', () => {
    const r = clean(shell(ld(article), `<article>${story.map((s) => `<p>${s}</p>`).join('')}</article>`), { url, readability: 'never' });
    expect(r.body.split('\n\n')).toEqual(story);
  });

  it('an HTML body of its own that shares little with the JSON-LD text stays as it is', () => {
    const own = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a long review of the new opera season: the orchestra played with great care and the singers, young and old, filled the hall with warmth until late in the evening.</p>`).join('');
    const r = clean(shell(ld(article), `<article>${own}</article>`), { url, readability: 'never' });
    expect(r.body).toContain('new opera season');
    expect(r.body).not.toContain('river bridge');
  });

  it('markup inside articleBody becomes paragraphs; a script in it reaches neither the body nor the HTML', () => {
    const withMarkup = { ...article, articleBody: `<p>${story[0]}</p><script>alert(1)</script><p onclick="x()">${story[1]} <a href="javascript:alert(2)">more</a></p>` };
    const r = clean(shell(ld(withMarkup)), { url, readability: 'never' });
    expect(r.body).toContain(story[1]);
    expect(r.body).not.toContain('alert');
    expect(r.html).not.toMatch(/<script|onclick|javascript:/i);
  });

  it('reads the main item, not comments or the publisher, and a teaser description of an article is not a body', () => {
    expect(readJsonLdText([JSON.stringify({ '@graph': [{ '@type': 'Organization', description: 'x'.repeat(500) }, article] })])).toEqual({ kind: 'body', text: article.articleBody });
    expect(readJsonLdText([JSON.stringify({ '@type': 'Comment', text: 'y'.repeat(500) })])).toBeNull();
    expect(readJsonLdText([JSON.stringify({ '@type': 'NewsArticle', description: story[0] })])).toBeNull();
    expect(readJsonLdText(['{ not json'])).toBeNull();
  });
});
