/** Image credit lines leave the body; the captions they sit under stay. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';
import { isImageCredit } from '../../../src/extract/html/image-credits.js';

describe('isImageCredit', () => {
  it('reads labelled credits, agency names and courtesy lines', () => {
    for (const t of ['Photo: John Locher, AP', '(Credit: Joseph Maldonado)', 'Image credit: Logitech/Digital Foundry',
      'Sakib Ali/Hindustan Times/Getty Images', 'Natalie Naccache | Bloomberg | Getty Images', 'Courtesy of Brand',
      'Photo by Ana Ruiz', 'Bild: picture alliance / dpa', 'Image used under license from Shutterstock',
      'Crédits photos : Bestimage', 'Bildnachweis: Stadt Kassel', 'Copyright: Gisele Wender']) {
      expect(isImageCredit(t), t).toBe(true);
    }
  });

  it('leaves captions, prose and words that only look like a label', () => {
    for (const t of ['Image stabilization', 'Photo editing on a phone has come a long way since the first camera apps.',
      'The harbour at dawn, seen from the lighthouse.', 'Images and text scale appropriately', 'Copyright law in the EU',
      'Getty Images photographers covered the summit for three days, filing more than 4,000 pictures to editors around the world.']) {
      expect(isImageCredit(t), t).toBe(false);
    }
  });

  it('in the corrections: a figure keeps its caption and loses its credit line', () => {
    const page = `<html><body><article><h1>Harbour wall to be rebuilt</h1><p>The old harbour wall will be rebuilt next spring.</p>`
      + `<figure><img src="wall.jpg" alt=""><figcaption><p>The harbour wall after the January storm.</p><p>Photo: Mara Quinn/Getty Images</p></figcaption></figure>`
      + `<p>Work starts in March and should take eight months.</p></article></body></html>`;
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://news.example/harbour-wall', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'article');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text.trim())).toEqual([
      'Harbour wall to be rebuilt', 'The old harbour wall will be rebuilt next spring.', 'The harbour wall after the January storm.',
      'Work starts in March and should take eight months.',
    ]);
    expect(ctx.removed.items).toEqual([{ reason: 'credit', text: 'Photo: Mara Quinn/Getty Images' }]);
  });
});
