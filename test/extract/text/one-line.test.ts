// A page dumped as one line (jsoup's .text(), textContent) is cut at its sentence ends before the line model runs.
import { describe, it, expect } from 'vitest';
import { splitOneLineDump } from '../../../src/extract/text/one-line.js';
import { clean } from '../../../src/index.js';

const SENTENCES = [
  'The harbour road will reopen on Monday after three weeks of repairs, the county council said on Friday.',
  'Engineers replaced two hundred metres of the sea wall that the January storm had washed away.',
  '“It was the worst damage in forty years,” the chief engineer said at the site on Thursday morning.',
];

describe('one-line dumps', () => {
  const oneLine = `Home News Sport Weather ${Array.from({ length: 8 }, () => SENTENCES.join(' ')).join(' ')} 港口道路将于周一重新开放。工程师更换了海堤！`;

  it('cuts a one-line dump at its sentence ends, Latin and CJK', () => {
    const lines = splitOneLineDump(oneLine).split('\n');
    expect(lines[0]).toBe(`Home News Sport Weather ${SENTENCES[0]}`);
    expect(lines).toContain(SENTENCES[1]);
    expect(lines).toContain(SENTENCES[2]);
    expect(lines.slice(-2)).toEqual(['港口道路将于周一重新开放。', '工程师更换了海堤！']);
  });

  it('leaves a dump with lines, or a short one, as it is', () => {
    const multi = [...SENTENCES, ...SENTENCES, 'Contact us'].join('\n').repeat(10);
    expect(splitOneLineDump(multi)).toBe(multi);
    expect(splitOneLineDump(SENTENCES.join(' '))).toBe(SENTENCES.join(' '));
  });

  it('in clean(): the body comes in sentences, not one block', () => {
    const r = clean(oneLine, { format: 'text' });
    expect(r.body.split('\n\n').length).toBeGreaterThan(3);
  });
});
