// The per-page decision from line probabilities (expected F1) and the page-shape features it relies on.
import { describe, it, expect } from 'vitest';
import { expectedF1Keep, type DecisionRule } from '../../../src/extract/text/decide.js';
import { splitDump } from '../../../src/extract/text/lines.js';
import { pageFeatures, FEATURE_NAMES, NUM_FEATURES } from '../../../src/extract/text/features.js';
import { predictProba, type GbdtModel } from '../../../src/extract/gbdt.js';

const RULE: DecisionRule = { rule: 'expected-f1', alpha: 1, floor: 0.1 };

describe('expected-F1 page decision', () => {
  it('keeps the confident lines and drops the unlikely ones', () => {
    const keep = expectedF1Keep(Float64Array.from([0.95, 0.9, 0.05, 0.02, 0.9]), [40, 30, 3, 2, 25], RULE);
    expect(keep).toEqual([true, true, false, false, true]);
  });
  it('keeps an uncertain page that a fixed 0.5 threshold would empty', () => {
    const p = Float64Array.from([0.4, 0.45, 0.35, 0.05]);
    const keep = expectedF1Keep(p, [30, 40, 25, 10], RULE);
    expect(keep.slice(0, 3)).toEqual([true, true, true]);
    expect(keep[3]).toBe(false);
  });
  it('never keeps a line below the floor, and keeps nothing when all are below', () => {
    expect(expectedF1Keep(Float64Array.from([0.08, 0.05]), [50, 50], RULE)).toEqual([false, false]);
  });
  it('keeps word-less lines only when the model is sure', () => {
    const keep = expectedF1Keep(Float64Array.from([0.9, 0.6, 0.3]), [20, 0, 0], RULE);
    expect(keep).toEqual([true, true, false]);
  });
});

describe('page-shape features', () => {
  const col = (name: string): number => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
  const item = (k: number): string[] => [`Trail number ${k} in the park`, `$${10 + k}.99`, 'Intermediate'];
  const listing = ['Home', 'Shop', '', ...[1, 2, 3, 4, 5].flatMap(item), '', 'Contact us'].join('\n');
  const article = ['Home', '', 'The council met on Tuesday to discuss the new budget, which includes more money for parks.',
    'Residents asked questions about the plan, and the mayor answered most of them in detail.',
    'A final vote is expected next month, after a second public hearing in the town hall.'].join('\n');

  it('finds the repeated item pattern and the prices of a listing', () => {
    const { lines, wrapWidth } = splitDump(listing);
    const { x } = pageFeatures(lines, wrapWidth);
    const i = lines.findIndex((l) => l.text === '$13.99');
    expect(x[i * NUM_FEATURES + col('price')]).toBe(1);
    expect(x[i * NUM_FEATURES + col('itemPeriod')]).toBe(3);
    expect(x[i * NUM_FEATURES + col('itemRepeats')]).toBeGreaterThan(Math.log1p(3) - 1e-6);
    expect(x[0 * NUM_FEATURES + col('itemRepeats')]).toBe(0);
  });
  it('sees no items in an article', () => {
    const { lines, wrapWidth } = splitDump(article);
    const { x } = pageFeatures(lines, wrapWidth);
    for (let i = 0; i < lines.length; i++) expect(x[i * NUM_FEATURES + col('itemRepeats')]).toBe(0);
  });
});

describe('tree inference', () => {
  it('follows each tree to its leaf and sums the leaves', () => {
    const model: GbdtModel = {
      version: 1, features: ['a', 'b'], base: 0, threshold: 0.5,
      trees: [{ f: [0, -1, -1], t: [1.5, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, -2, 2] },
        { f: [1, -1, -1], t: [0, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, 0.5, -0.5] }],
    };
    const p = predictProba(model, Float32Array.from([1, 0, 2, 1]), 2);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(1.5)), 10);
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 10);
  });
});
