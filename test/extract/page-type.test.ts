/** Page-type recognition from schema.org types, Open Graph, URL shapes and structure. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';

const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const prose = '<p>' + 'This paragraph describes the subject at length, with clauses, commas and a full stop. '.repeat(4) + '</p>';

describe('pageType', () => {
  it('reads schema.org types from JSON-LD, also inside @graph and arrays', () => {
    const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(clean(page(ld({ '@type': 'NewsArticle', headline: 'x' }), prose)).pageType).toBe('article');
    expect(clean(page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['Product'] }] }), prose)).pageType).toBe('product');
    expect(clean(page(ld({ '@type': 'DiscussionForumPosting' }), prose)).pageType).toBe('forum');
  });

  it('an FAQ section or readers\' comments do not make a page a forum thread', () => {
    const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    const faq = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Does it fold?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }] };
    expect(clean(page(ld({ '@graph': [{ '@type': 'Product', name: 'Stove' }, faq] }), prose)).pageType).toBe('product');
    expect(clean(page(ld({ '@graph': [{ '@type': 'BlogPosting', headline: 'x' }, faq] }), prose)).pageType).toBe('article');
    expect(clean(page(ld(faq), prose)).pageType).toBeNull();
    expect(clean(page(ld({ '@type': 'Article', comment: [{ '@type': 'Comment', text: 'Nice.' }] }), prose)).pageType).toBe('article');
    // a Q&A page declares itself as one
    expect(clean(page(ld({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why?' } }), prose)).pageType).toBe('forum');
  });

  it('reads /t/ and /topics/ as a thread only with the thread\'s number', () => {
    const type = (url: string): string | null => clean(page('', prose), { url }).pageType;
    expect(type('https://forum.example.com/t/how-to-x/123')).toBe('forum');
    expect(type('https://forum.example.com/t/4567')).toBe('forum');
    expect(type('https://board.example.com/topics/889-my-first-build')).toBe('forum');
    expect(type('https://furniture.example.com/t/mesh-office-chair')).toBeNull();
    expect(type('https://docs.example.org/en/5.1/topics/db/models/')).toBeNull();
    expect(type('https://news.example.com/topics/climate/')).toBe('collection');
  });

  it('falls back to og:type, then the URL shape', () => {
    expect(clean(page('<meta property="og:type" content="article">', prose)).pageType).toBe('article');
    expect(clean(page('', prose), { url: 'https://example.com/docs/api/websocket' }).pageType).toBe('documentation');
    expect(clean(page('', prose), { url: 'https://forum.example.com/t/how-to-x/123' }).pageType).toBe('forum');
  });

  it('a grid of priced items is a collection', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3>Chair model ${i}</h3><span>$${100 + i}.00</span></div>`).join('');
    expect(clean(page('', items)).pageType).toBe('collection');
  });

  it('says nothing without evidence', () => {
    expect(clean(page('', prose)).pageType).toBeNull();
  });
});
