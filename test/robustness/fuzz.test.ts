// Property-based fuzzing (fast-check, a bounded number of cases for CI; `npm run fuzz` runs 100,000):
// random and mutated HTML / text / bytes always give a result or a typed UnchromeError, and the body only
// holds words that were in the input.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { clean, isUnchromeError, type CleanInput } from '../../src/index.js';
import { htmlArb, dumpArb, mutatedArb, bytesArb, seedPages, inventedWords } from './fuzz-inputs.js';

const OPTS = { url: 'https://fuzz.example/a/b.html', timeoutMs: 20_000 };

function check(input: CleanInput, format?: 'html' | 'text'): boolean {
  let r;
  try { r = clean(input, format ? { ...OPTS, format } : OPTS); } catch (e) {
    if (isUnchromeError(e)) return true;
    throw e;
  }
  if (typeof input === 'string') {
    const invented = inventedWords(input, r.body);
    if (invented.length) throw new Error(`body words not in the input: ${invented.join(', ')}`);
  }
  return true;
}

describe('fuzz', () => {
  const seeds = seedPages();
  it('has real seed pages to mutate', () => expect(seeds.length).toBeGreaterThan(5));
  it('random HTML', () => fc.assert(fc.property(htmlArb, (h) => check(h)), { numRuns: 150, seed: 42 }));
  it('random HTML parsed as text and text dumps parsed as HTML', () => {
    fc.assert(fc.property(htmlArb, (h) => check(h, 'text')), { numRuns: 40, seed: 7 });
    fc.assert(fc.property(dumpArb, (d) => check(d, 'html')), { numRuns: 40, seed: 8 });
  });
  it('random text dumps', () => fc.assert(fc.property(dumpArb, (d) => check(d)), { numRuns: 100, seed: 42 }));
  it('mutated real pages and dumps', () => fc.assert(fc.property(mutatedArb(seeds), (p) => check(p)), { numRuns: 40, seed: 42 }));
  it('bytes in random charsets, flipped bytes, random bytes', () => fc.assert(fc.property(bytesArb, (b) => check(b)), { numRuns: 100, seed: 42 }));
  it('the body check catches invented words (so a pass means something)', () => {
    expect(inventedWords('<p>Hello &amp; w&eacute;lt</p>', 'Hello & wélt')).toEqual([]);
    expect(inventedWords('<p>Hello <b>wo</b>rld</p>', 'Hello world')).toEqual([]);
    expect(inventedWords('<p>Hello</p>', 'Hello Subscribe')).toEqual(['Subscribe']);
  });
});
