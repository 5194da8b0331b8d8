// The second stage's view of the first stage: a line's probability read against its block and its page.
import { describe, it, expect } from 'vitest';
import { stackFeatures, STACK_NAMES } from '../../../src/extract/text/stack.js';
import { blendStages } from '../../../src/extract/gbdt.js';
import type { LineStats } from '../../../src/extract/text/line-stats.js';

const col = (name: (typeof STACK_NAMES)[number]): number => 1 + STACK_NAMES.indexOf(name); // one own feature first

describe('stack features', () => {
  // a sure article (lines 0-2), an unlikely gap (3), then a menu-like tail the first stage half believes (4-6)
  const p = Float64Array.from([0.95, 0.97, 0.92, 0.1, 0.6, 0.55, 0.6]);
  const words = [20, 25, 18, 2, 1, 2, 1];
  const stats = words.map((w) => ({ words: w })) as unknown as LineStats[];
  const x = Float32Array.from(words);
  const blank = [true, false, false, true, true, false, false];
  const f = stackFeatures(x, 1, p, stats, blank);
  const W = 1 + STACK_NAMES.length;
  const at = (i: number, name: (typeof STACK_NAMES)[number]): number => f[i * W + col(name)]!;

  it('keeps the line own features in front', () => {
    expect(f[4 * W]).toBe(1);
  });

  it('says where the sure article lies and how much unlikely text separates the line from it', () => {
    expect(at(1, 'sureSide')).toBe(0); // sure lines on both sides
    expect(at(5, 'sureSide')).toBe(1); // only above
    expect(at(1, 'sureDist')).toBe(0); // a sure line itself
    expect(at(5, 'sureDist')).toBeCloseTo(Math.log1p(3)); // nearest sure line: 2
    expect(at(5, 'sureGapWords')).toBeCloseTo(Math.log1p(3)); // line 3: 2 words + 1
  });

  it('reads the page: share of surely-article words, of undecided words, and the line rank', () => {
    const total = words.reduce((a, b) => a + b + 1, 0);
    expect(at(0, 'pSureShare')).toBeCloseTo((21 + 26 + 19) / total);
    expect(at(0, 'pUnsureShare')).toBeCloseTo((2 + 3 + 2) / total);
    expect(at(1, 'pAbove')).toBe(0); // the most likely line
    expect(at(6, 'pBlock')).toBeCloseTo((0.6 * 2 + 0.55 * 3 + 0.6 * 2) / 7); // block = lines 4-6
  });
});

describe('stage blend', () => {
  it('weighs the two stages log-odds', () => {
    const r = blendStages(Float64Array.from([0.9, 0.5]), Float64Array.from([0.1, 0.8]), 0.5);
    expect(r[0]).toBeCloseTo(0.5);
    expect(r[1]).toBeGreaterThan(0.5);
    expect(r[1]).toBeLessThan(0.8);
    expect(blendStages(Float64Array.from([0.9]), Float64Array.from([0.1]), 1)[0]).toBe(0.1);
  });
});
