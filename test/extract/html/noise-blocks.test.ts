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

  it('in clean(): a ticker inside the article leaves the body and is logged as noise', () => {
    const para = '<p>We design packaging that combines visual elegance with strategic intent, creating an experience that reflects the brand and its story.</p>';
    const r = clean(`<html><body><article><h1>Cosmetic packaging design</h1>${para}<div class="ticker">${'Book Now * '.repeat(40)}</div>${para.replace('We', 'Our team')}</article></body></html>`, { readability: 'never' });
    expect(r.body).toContain('We design packaging');
    expect(r.body).not.toContain('Book Now');
    expect(r.removed.some((x) => x.reason === 'noise')).toBe(true);
  });
});
