// A scraper's dump with no blank line anywhere gets paragraph gaps where a text browser would print them.
import { describe, it, expect } from 'vitest';
import { splitDump } from '../../../src/extract/text/lines.js';

const MENU = ['Home', 'News', 'Sport', 'Culture', 'Business', 'Weather', 'Travel', 'Video'];
const PARAS = [
  'The harbour road will reopen on Monday after three weeks of repairs, the county council said on Friday.',
  'Engineers replaced two hundred metres of the sea wall that the January storm had washed away last winter.',
  'Local businesses welcomed the news but asked the council to pay for the losses of the long closure.',
];

describe('paragraph gaps for gapless dumps', () => {
  it('sets paragraphs apart and keeps a menu together', () => {
    const { lines } = splitDump([...MENU, 'Harbour road to reopen', ...PARAS, ...MENU, 'Contact us', 'Imprint'].join('\n'));
    const at = (t: string, k = 0): boolean => lines.filter((l) => l.text === t)[k]!.blankBefore;
    expect(PARAS.every((p) => at(p))).toBe(true);
    expect(at('News')).toBe(false);
    expect(at('Sport')).toBe(false);
    expect(at('Harbour road to reopen')).toBe(false);
    // the line after the last paragraph starts a new block
    expect(at('Home', 1)).toBe(true);
  });

  it('leaves a dump that has its own blank lines as it is', () => {
    const text = [...MENU, '', ...PARAS.flatMap((p) => [p, '']), ...MENU, ...MENU].join('\n');
    const { lines } = splitDump(text);
    expect(lines.find((l) => l.text === PARAS[1])!.blankBefore).toBe(true);
    expect(lines.find((l) => l.text === PARAS[2])!.blankBefore).toBe(true);
    // the dump's first line, the three paragraphs and the menu after them: no gap added
    expect(lines.filter((l) => l.blankBefore).length).toBe(5);
  });
});
