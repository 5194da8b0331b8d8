/** Ad labels ("ADVERTISEMENT", "Sponsored", "Anzeige", "ADVERTISEMENT – Star Tours") leave the body as `ad`. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { isAdLabel } from '../../../src/extract/html/ad-labels.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

describe('isAdLabel', () => {
  it('reads the label alone or with the advertiser’s name, in several languages', () => {
    for (const t of ['Advertisement', 'ADVERTISEMENT', 'Sponsored', 'Sponsored content:', 'ADVERTISEMENT – Star Tours',
      'Advertisement - Ponderosa Homes', 'Anzeige', 'Publicité', 'Реклама', '广告', 'Publicidad', '- Advertisement -',
      '— ADVERTISEMENT —', '[Anzeige]', '(Werbung)']) {
      expect(isAdLabel(t), t).toBe(true);
    }
  });

  it('leaves subjects and sentences that start with the same words', () => {
    for (const t of ['Advertising', 'Ad hoc reports and analysis', 'Sponsored by the city council, the festival runs all week.',
      'Advertisement revenue fell by a third in 2023.', 'Advertisement – the history of a trade. How posters became an art form',
      'Promoted: Jane Doe', '- Advertisement revenue fell by a third', '(Advertisement revenue)']) {
      expect(isAdLabel(t), t).toBe(false);
    }
  });
});

describe('ad labels in the corrections', () => {
  it('leave as `ad`, the article around them stays', () => {
    const page = '<html><body><article><h1>Deportees return home</h1><p>The flight landed in Amritsar on Wednesday morning with 145 passengers.</p>'
      + '<div><p>ADVERTISEMENT – Star Tours</p><a href="https://ads.example"><img src="banner.jpg" alt=""></a></div>'
      + '<p>Most of them had spent months in detention centres before their cases were heard.</p><p>Sponsored</p></article></body></html>';
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://news.example/deportees', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'article');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text)).toEqual([
      'Deportees return home', 'The flight landed in Amritsar on Wednesday morning with 145 passengers.',
      'Most of them had spent months in detention centres before their cases were heard.',
    ]);
    expect(ctx.removed.items).toEqual([{ reason: 'ad', text: 'ADVERTISEMENT – Star Tours' }, { reason: 'ad', text: 'Sponsored' }]);
  });
});
