/** Lines that file a page in the site's taxonomy ("Tags: …", "Filed under: …") leave the body as meta. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { isTaxonomyLine } from '../../../src/extract/html/taxonomy-lines.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

describe('isTaxonomyLine', () => {
  it('reads a taxonomy label, its colon and a short list of names, in several languages', () => {
    for (const t of ['Tags: Apple, MacBook Pro, DigiTimes', 'Tag: digitimes.com', 'Filed under: Khawarij |', 'Categories:',
      'Category: Personal Finance 101', 'Topics: Active | Unanswered', 'Mots-clés : Élections, Sénat', 'Schlagwörter: Politik',
      'Etiquetas: fútbol, Liga']) {
      expect(isTaxonomyLine(t), t).toBe(true);
    }
  });

  it('leaves a wiki page name, sentences that open with such a word, and long text', () => {
    for (const t of ['Category:Portage', 'Tags are how you group posts on this blog.', 'Topic: the phones we tested. We ran each for a week.',
      'Keywords matter less than they did', `Tags: ${'word, '.repeat(40)}`]) {
      expect(isTaxonomyLine(t), t).toBe(false);
    }
  });
});

describe('taxonomy lines in the corrections', () => {
  const page = `<html><body><main><h1>Laptop maker plans a new model</h1>`
    + `<p>The company plans a smaller model with the new keyboard in the first half of next year, according to the report.</p>`
    + `<p>Tags: Apple, MacBook Pro</p><p>Posted in: Hardware | News</p></main></body></html>`;

  it('the article stays, its filing lines leave as meta', () => {
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://news.example/laptop', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'article');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text.trim())).toEqual(['Laptop maker plans a new model', expect.stringContaining('smaller model')]);
    expect(ctx.removed.items.filter((r) => r.reason === 'meta').map((r) => r.text.trim())).toEqual(['Tags: Apple, MacBook Pro', 'Posted in: Hardware | News']);
  });
});
