/** Blocks made only of control labels (Read more, Quick view, Add to cart, Loading…) leave the body. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { isControlLabel } from '../../../src/extract/html/control-labels.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

describe('isControlLabel', () => {
  it('reads one to three control labels with their arrows and colons, in several languages', () => {
    for (const t of ['Read more »', 'Read More →', 'Quick view View options', 'Qty:', 'Loading...', 'Loading…', '+ More',
      'Add to Cart', 'Comparer Ne plus comparer', 'Show more + Show less –', 'Lire la suite', 'Weiterlesen', 'Ver más',
      'Loading specifications…', 'Loading prices for your region...', 'Share', 'Share this article:', 'Seite teilen', 'Partager',
      '↑ Back to top', 'Zurück zum Inhaltsverzeichnis', 'Skip to main content', 'Zum Inhalt springen',
      'View this post on Instagram', 'Sieh dir diesen Beitrag auf Instagram an', 'Zum Vergrößern bitte anklicken', 'Click to enlarge',
      'Jump to Recipe', 'Rezept drucken Bei Pinterest speichern', 'Download figure', 'Download PowerPoint',
      'Pages: 1', 'Page 1 of 8', 'Seite 2 von 5', 'Pages: 1 2 3 … 12 Next', 'Caption', 'toggle caption', 'hide caption']) {
      expect(isControlLabel(t), t).toBe(true);
    }
  });

  it('leaves labels that truths keep and any text that says something', () => {
    for (const t of ['Learn more', 'Compare', 'In stock', 'Read more about our return policy', 'Quantity discounts from ten units',
      'Loading the van took two hours.', 'Loading an image with XHR', 'Add to cart to see the final price with your coupon applied at checkout',
      'Share your thoughts in the comments', 'Teilen statt besitzen', 'Click to enlarge the map of the harbour',
      'Print recipes for the whole week on one sheet', 'Pages 1, 2 and 3 of the manual', 'Page 12 explains the wiring',
      'Caption: the harbour at dawn', 'Captions are read by screen readers']) {
      expect(isControlLabel(t), t).toBe(false);
    }
  });
});

describe('control labels in the corrections', () => {
  const card = (name: string, price: string): string =>
    `<li class="card"><h3>${name}</h3><p>${price}</p><p>Quick view</p><p>Add to cart</p></li>`;
  const page = `<html><body><main><h1>Mesh office chairs</h1>`
    + `<p>Mesh chairs keep you cool through a long working day; every model below has adjustable lumbar support.</p>`
    + `<ul>${card('Ergo Mesh Task Chair', '$189.00')}${card('Breeze High Back Chair', '$249.00')}</ul><p>Read more »</p></main></body></html>`;

  it('the cards keep their names and prices, their buttons and the teaser link leave as control', () => {
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://shop.example/c/mesh-chairs', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'collection');
    const kept = blocks.filter((_, i) => keep[i]).map((b) => b.text.trim());
    expect(kept).toEqual(['Mesh office chairs', expect.stringContaining('Mesh chairs keep you cool'),
      'Ergo Mesh Task Chair', '$189.00', 'Breeze High Back Chair', '$249.00']);
    expect(ctx.removed.items.filter((r) => r.reason === 'control').map((r) => r.text.trim())).toContain('Read more »');
  });
});
