// The learned word lexicon's line features: tokens keyed by language, line / window / block means, page coverage.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { lexTokens, lexiconFeatures, shippedValues, LEXICON_NAMES, SHIPPED_LEXICON } from '../../../src/extract/text/lexicon.js';
import { wordsOf } from '../../../src/extract/text/line-stats.js';

const col = (name: (typeof LEXICON_NAMES)[number]): number => LEXICON_NAMES.indexOf(name);

describe('lexicon tokens', () => {
  it('keys words by the page language, drops digits, splits CJK runs into character pairs', () => {
    const t = lexTokens(wordsOf('Add 2 items to cart'), 'Add 2 items to cart', 'en');
    expect(t).toContain('en:cart');
    expect(t).toContain('en:add');
    expect(t.some((x) => x.includes('2'))).toBe(false);
    expect(lexTokens(wordsOf('Panier'), 'Panier', 'fr')).toContain('fr:panier');
    expect(lexTokens(wordsOf('相关推荐'), '相关推荐', 'en')).toEqual(expect.arrayContaining(['相关', '关推', '推荐']));
  });
});

describe('lexicon features', () => {
  const lex = new Map([['a', 2], ['b', -2], ['c', 1]]);
  const tokens = [['a', 'b'], ['a'], ['x'], ['c', 'x']];
  const f = lexiconFeatures(tokens, (t) => lex.get(t), [true, false, true, false]);
  const K = LEXICON_NAMES.length;
  const at = (i: number, name: (typeof LEXICON_NAMES)[number]): number => f[i * K + col(name)]!;

  it('gives each line the mean, min, max and coverage of its known words', () => {
    expect(at(0, 'lexMean')).toBe(0);
    expect(at(0, 'lexMin')).toBe(-2);
    expect(at(0, 'lexMax')).toBe(2);
    expect(at(3, 'lexCover')).toBe(0.5);
    expect(at(2, 'lexCover')).toBe(0);
  });

  it('averages the neighbours (the line left out) and the block, and reports the page coverage', () => {
    expect(at(0, 'lexWin3')).toBeCloseTo((2 + 1) / 2); // lines 1 and 3 know a word, line 2 does not
    expect(at(1, 'lexBlock')).toBeCloseTo(1); // block = lines 0-1: means 0 and 2
    expect(at(3, 'lexBlock')).toBeCloseTo(1); // block = lines 2-3: only line 3 knows a word
    expect(at(2, 'lexPageCover')).toBeCloseTo(4 / 6);
  });

  it('ships a lexicon made by training', () => {
    expect(SHIPPED_LEXICON.size).toBeGreaterThan(1000);
  });
});

describe('shipped lexicon lookups', () => {
  it('give the values of the keyed tokens, in the same order, on every line of the seed dumps', () => {
    const dir = new URL('../../../fixtures/seeds/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    let known = 0;
    for (const f of files) {
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        const lw = wordsOf(line);
        for (const lang of ['en', 'fr', 'zh']) {
          const want = lexTokens(lw, line, lang).map((t) => SHIPPED_LEXICON.get(t));
          expect(shippedValues(lw, line, lang)).toEqual(want);
          known += want.filter((v) => v !== undefined).length;
        }
      }
    }
    expect(known).toBeGreaterThan(100);
  });
});
