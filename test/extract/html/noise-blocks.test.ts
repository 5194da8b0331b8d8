import { describe, it, expect } from 'vitest';
import { isNoiseText } from '../../../src/extract/html/noise-blocks.js';
import { clean } from '../../../src/index.js';

describe('noise blocks', () => {
  it('flags a repeated ticker phrase and strings of machine ids', () => {
    expect(isNoiseText('Book Now * '.repeat(30))).toBe(true);
    expect(isNoiseText(Array.from({ length: 14 }, (_, i) => `${String.fromCharCode(65 + i)} 6b4f817e-1bc7-4f5f-a4f7-68184bc11dc${i % 10}`).join(' '))).toBe(true);
  });

  it('leaves prose, short repeats, numbers and code-like words alone', () => {
    expect(isNoiseText('The council approved the plan on Tuesday after a long debate about bus lanes and the cost of the new depot.')).toBe(false);
    expect(isNoiseText('Yes yes yes')).toBe(false);
    expect(isNoiseText('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15')).toBe(false);
    expect(isNoiseText('Call getElementById with the id of the element, then addEventListener to react when the user clicks on it.')).toBe(false);
  });

  it('flags bare image addresses and unfilled template placeholders, unless the block is code', () => {
    expect(isNoiseText('https://cdn11.example.com/images/stencil/160x160/5001_STAPLE_TEE_BONE_THUMB_1.jpg')).toBe(true);
    expect(isNoiseText('//cdn.example.com/a.webp?v=3 https://cdn.example.com/b.PNG')).toBe(true);
    expect(isNoiseText('{{ DiscussionBoard.errors[11794641].message }}')).toBe(true);
    // the same texts are what a documentation page shows in its code
    expect(isNoiseText('{{ field.errors }}', true)).toBe(false);
    expect(isNoiseText('https://example.com/assets/logo.png', true)).toBe(false);
    // an address among words, a page's address, and prose with braces stay
    expect(isNoiseText('Photo: https://example.com/photo.jpg')).toBe(false);
    expect(isNoiseText('https://example.com/news/2024/story.html')).toBe(false);
    expect(isNoiseText('Write {{ name }} where the name should go.')).toBe(false);
  });

  it('in clean(): a ticker inside the article leaves the body and is logged as noise', () => {
    const para = '<p>We design packaging that combines visual elegance with strategic intent, creating an experience that reflects the brand and its story.</p>';
    const r = clean(`<html><body><article><h1>Cosmetic packaging design</h1>${para}<div class="ticker">${'Book Now * '.repeat(40)}</div>${para.replace('We', 'Our team')}</article></body></html>`, { readability: 'never' });
    expect(r.body).toContain('We design packaging');
    expect(r.body).not.toContain('Book Now');
    expect(r.removed.some((x) => x.reason === 'noise')).toBe(true);
  });
});

describe('noise blocks in clean()', () => {
  const para = (s: string): string => `<p>${s} is a paragraph of article prose, long enough to be read as the page's text by every part of the extractor.</p>`;

  it('drops unfilled placeholders between posts but keeps the same syntax inside <code> in documentation', () => {
    const forum = clean(`<html><body><article><h1>Will this method work?</h1>${para('The first post')}<div>{{ Board.errors[117].message }}</div>${para('A reply')}</article></body></html>`, { readability: 'never' });
    expect(forum.body).toContain('The first post');
    expect(forum.body).not.toContain('Board.errors');
    const docs = clean(`<html><body><main><h1>Working with form templates</h1>${para('Each field of a bound form has attributes')}<dl><dt><code>{{ field.errors }}</code></dt><dd>${para('The list of validation errors of the field')}</dd></dl></main></body></html>`, { readability: 'never' });
    expect(docs.body).toContain('{{ field.errors }}');
  });
});
