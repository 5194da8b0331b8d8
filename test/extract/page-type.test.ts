/**
 * Page-type recognition: the rules (schema.org types, Open Graph, URL shapes, structure), which the block model reads,
 * and the learned model that gives the `pageType` field, on real pages it never trained on.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../../src/index.js';
import { parseHtml } from '../../src/dom/index.js';
import { collectHtmlFacts } from '../../src/meta/index.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../src/pipeline/context.js';
import { prepareHtml } from '../../src/extract/html/index.js';
import { ruleBasedType } from '../../src/extract/page-type.js';
import { pageTypeFeatures, PAGE_TYPE_FEATURE_NAMES } from '../../src/extract/page-type-features.js';
import { classifyPageType } from '../../src/extract/page-type-model.js';

/** The rules' type for a page (what the block model's page features read). */
function rulesType(html: string, opts: { url?: string } = {}): { pageType: string | null } {
  const doc = parseHtml(html);
  const facts = collectHtmlFacts(doc);
  const page = prepareHtml(doc, createContext(DEFAULTS as unknown as ResolvedOptions, opts.url ?? null, {}), [], facts);
  return { pageType: ruleBasedType(page.signals) };
}

const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const prose = '<p>' + 'This paragraph describes the subject at length, with clauses, commas and a full stop. '.repeat(4) + '</p>';

describe('rule-based page type', () => {
  it('reads schema.org types from JSON-LD, also inside @graph and arrays', () => {
    const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(rulesType(page(ld({ '@type': 'NewsArticle', headline: 'x' }), prose)).pageType).toBe('article');
    expect(rulesType(page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['Product'] }] }), prose)).pageType).toBe('product');
    expect(rulesType(page(ld({ '@type': 'DiscussionForumPosting' }), prose)).pageType).toBe('forum');
  });

  it('types the whole page when a site rule chose the article region: the evidence around it counts', () => {
    const html = page('', `<div id="buy"><p>$29.99</p><p>List Price: $39.99</p><p>Add to Cart</p></div><div id="about">${prose}</div>`);
    const ruled = (body: string[], sections: string[]) => {
      const doc = parseHtml(html);
      return prepareHtml(doc, createContext(DEFAULTS as unknown as ResolvedOptions, null, {}), body, collectHtmlFacts(doc), sections);
    };
    for (const p of [ruled(['#about'], []), ruled([], ['#about'])]) {
      expect(p.ruled).toBe(true);
      expect(p.blocks.map((b) => b.text).join(' ')).not.toContain('$29.99'); // the article is the region
      expect(p.signals.prices).toBe(2); // the type reads the page
      expect(ruleBasedType(p.signals)).toBe('product');
    }
  });

  it('an FAQ section or readers\' comments do not make a page a forum thread', () => {
    const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    const faq = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Does it fold?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }] };
    expect(rulesType(page(ld({ '@graph': [{ '@type': 'Product', name: 'Stove' }, faq] }), prose)).pageType).toBe('product');
    expect(rulesType(page(ld({ '@graph': [{ '@type': 'BlogPosting', headline: 'x' }, faq] }), prose)).pageType).toBe('article');
    expect(rulesType(page(ld(faq), prose)).pageType).toBeNull();
    expect(rulesType(page(ld({ '@type': 'Article', comment: [{ '@type': 'Comment', text: 'Nice.' }] }), prose)).pageType).toBe('article');
    // a Q&A page declares itself as one
    expect(rulesType(page(ld({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why?' } }), prose)).pageType).toBe('forum');
  });

  it('reads /t/ and /topics/ as a thread only with the thread\'s number', () => {
    const type = (url: string): string | null => rulesType(page('', prose), { url }).pageType;
    expect(type('https://forum.example.com/t/how-to-x/123')).toBe('forum');
    expect(type('https://forum.example.com/t/4567')).toBe('forum');
    expect(type('https://board.example.com/topics/889-my-first-build')).toBe('forum');
    expect(type('https://furniture.example.com/t/mesh-office-chair')).toBeNull();
    expect(type('https://docs.example.org/en/5.1/topics/db/models/')).toBeNull();
    expect(type('https://news.example.com/topics/climate/')).toBe('collection');
  });

  it('falls back to og:type, then the URL shape', () => {
    expect(rulesType(page('<meta property="og:type" content="article">', prose)).pageType).toBe('article');
    expect(rulesType(page('', prose), { url: 'https://example.com/docs/api/websocket' }).pageType).toBe('documentation');
    expect(rulesType(page('', prose), { url: 'https://forum.example.com/t/how-to-x/123' }).pageType).toBe('forum');
  });

  it('a grid of priced items is a collection', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3>Chair model ${i}</h3><span>$${100 + i}.00</span></div>`).join('');
    expect(rulesType(page('', items)).pageType).toBe('collection');
  });

  it('says nothing without evidence', () => {
    expect(rulesType(page('', prose)).pageType).toBeNull();
  });
});

describe('learned page type (the pageType field)', () => {
  const dir = new URL('../../fixtures/page-types/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { pages: Array<{ file: string; url: string; label: string }> };

  it.each(manifest.pages.map((p) => [p.label, p] as const))('types a real %s page as labelled (a page it never trained on)', (_label, p) => {
    const bytes = gunzipSync(readFileSync(new URL(p.file, dir)));
    expect(clean(bytes, { url: p.url }).pageType).toBe(p.label);
  });

  it('says how sure it is; a text dump has no page type', () => {
    const p = manifest.pages[0]!;
    const r = clean(gunzipSync(readFileSync(new URL(p.file, dir))), { url: p.url });
    expect(r.pageTypeConfidence).toBeGreaterThan(0.5);
    expect(r.pageTypeConfidence).toBeLessThanOrEqual(1);
    const dump = clean('Home\nNews\n\n' + 'A plain paragraph of a dumped article, long enough to be read as text. '.repeat(5) + '\n\nContact us');
    expect(dump.format).toBe('text');
    expect([dump.pageType, dump.pageTypeConfidence]).toEqual([null, null]);
  });

  it('types pages the rules leave untyped or get wrong', () => {
    // the listing and the service page above carry no schema.org type, og:type or URL shape the rules know
    const untyped = manifest.pages.filter((p) => p.label === 'listing' || p.label === 'service').map((p) => {
      const html = gunzipSync(readFileSync(new URL(p.file, dir))).toString('utf8');
      return rulesType(html, { url: p.url }).pageType;
    });
    expect(untyped).toEqual([null, null]);
  });

  it('gives no answer from a model trained on other features, so the rules decide', () => {
    const x = new Float32Array(PAGE_TYPE_FEATURE_NAMES.length);
    expect(classifyPageType(x, { features: ['other'], types: ['article'], models: [] })).toBeNull();
    expect(classifyPageType(x)?.type).toMatch(/^(article|forum|product|collection|listing|documentation|service)$/);
  });

  it('reads one value per feature name', () => {
    const doc = parseHtml(page('', prose));
    const facts = collectHtmlFacts(doc);
    const prepared = prepareHtml(doc, createContext(DEFAULTS as unknown as ResolvedOptions, null, {}), [], facts);
    const x = pageTypeFeatures(prepared.signals, prepared.blocks, facts, null);
    expect(x.length).toBe(PAGE_TYPE_FEATURE_NAMES.length);
    expect([...x].every(Number.isFinite)).toBe(true);
    // an address that does not parse says nothing about the page (not a site's home page)
    const root = PAGE_TYPE_FEATURE_NAMES.indexOf('url_root');
    expect(pageTypeFeatures(prepared.signals, prepared.blocks, facts, 'not a url')[root]).toBe(0);
    expect(pageTypeFeatures(prepared.signals, prepared.blocks, facts, 'https://shop.example.com/')[root]).toBe(1);
  });
});
