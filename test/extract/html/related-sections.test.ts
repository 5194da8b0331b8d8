import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { isRelatedHeading, dropRelatedSections } from '../../../src/extract/html/related-sections.js';

const prose = (topic: string): string => `<p>${topic} is a long paragraph of real prose, with clauses, commas and a full stop, written for the readers who came to this page and stayed to read it to the end.</p>`;

describe('related-list sections', () => {
  it('recognises related / recommended headings in several languages, not real section titles', () => {
    for (const h of ['Você pode gostar...', 'YOU MAY ALSO LIKE', 'Related Articles:', 'Lire aussi', 'Das könnte Sie auch interessieren', 'Te puede interesar', '猜你喜欢', 'Читайте также']) {
      expect(isRelatedHeading(h), h).toBe(true);
    }
    for (const h of ['Contact us', 'FAQ', 'How we tested', 'Related work in machine translation over the last decade']) expect(isRelatedHeading(h), h).toBe(false);
  });

  it('drops what a related heading opens, up to the next ordinary heading', () => {
    const kinds = ['h1', 'p', 'h3', 'p', 'p', 'h2', 'p'];
    const texts = ['Title', 'Body', 'You might also like', 'Other story one', 'Other story two', 'Methods', 'More body'];
    const keep = kinds.map(() => true);
    expect(dropRelatedSections(kinds, texts, keep)).toBe(3); // the heading and its two items
    expect(keep).toEqual([true, true, false, false, false, true, true]);
  });

  it('in clean(): article-like items under "Você pode gostar..." leave the body', () => {
    const page = `<html><body><article><h1>Só quem se ama sabe amar</h1>${prose('Viver uma verdadeira experiência amorosa')}${prose('Gostar é sentir com a alma')}`
      + `<h3>Você pode gostar...</h3>${prose('A vida requer da gente otimismo')}${prose('O que une uma família é o amor')}</article></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('Viver uma verdadeira');
    expect(r.body).not.toContain('A vida requer');
    expect(r.removed.some((x) => x.reason === 'related' && x.text.startsWith('A vida requer'))).toBe(true);
  });
});
