// The block model's second stage reads each block's first-stage probability against its place in the page's tree:
// its ancestors' blocks and the page's most article-like region.
import { describe, it, expect } from 'vitest';
import { Element } from 'domhandler';
import { parseHtml } from '../../../src/dom/index.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';
import { prepareHtml } from '../../../src/extract/html/index.js';
import { stackFeatures, STACK_NAMES } from '../../../src/extract/html/stack-features.js';
import { paragraphBlock } from '../../../src/extract/html/blocks.js';
import { classifyBlocks, type BlockModel } from '../../../src/extract/html/classify.js';
import { NUM_FEATURES, FEATURE_NAMES } from '../../../src/extract/html/block-features.js';
import type { GbdtModel } from '../../../src/extract/gbdt.js';

const PARA = 'The county ferry service stopped at noon on Tuesday after crews walked out over a pay offer';
const HTML = `<html><body><main><h1>Ferry strike</h1>
<div class="product-body"><p>${PARA}, one.</p><p>${PARA}, two.</p><p>${PARA}, three.</p><p>Free shipping on orders over $50.</p></div>
<div class="shop-aside"><p>Frequently bought together with this item today</p><p>Gift cards for every occasion you like</p></div>
</main></body></html>`;

function blocksOf(html: string) {
  const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://shop.example/item', {});
  return prepareHtml(parseHtml(html), ctx, [], null).blocks;
}

const col = (name: (typeof STACK_NAMES)[number]): number => NUM_FEATURES + STACK_NAMES.indexOf(name);
const row = (x: Float32Array, i: number): Float32Array => x.subarray(i * (NUM_FEATURES + STACK_NAMES.length), (i + 1) * (NUM_FEATURES + STACK_NAMES.length));

describe('second-stage block features', () => {
  const blocks = blocksOf(HTML);
  const idx = (start: string): number => blocks.findIndex((b) => b.text.startsWith(start));
  const p = blocks.map((b) => (b.text.startsWith('The county') ? 0.95 : b.text.startsWith('Free') ? 0.45 : 0.4));
  const x = stackFeatures(blocks, new Float32Array(blocks.length * NUM_FEATURES), NUM_FEATURES, p);

  it('places the page region where the sure article text is, and says which blocks are inside it', () => {
    const ship = row(x, idx('Free shipping')), aside = row(x, idx('Frequently bought'));
    expect(ship[col('s_in_region')]).toBe(1);
    expect(aside[col('s_in_region')]).toBe(0);
    expect(ship[col('s_p')]).toBeCloseTo(0.45);
  });

  it('gives a block the mean probability of its parent’s blocks, weighted by characters', () => {
    const ship = row(x, idx('Free shipping')), aside = row(x, idx('Frequently bought'));
    expect(ship[col('s_a1')]).toBeGreaterThan(0.8);
    expect(aside[col('s_a1')]).toBeCloseTo(0.4);
    expect(ship[col('s_n1')]).toBeCloseTo(Math.log1p(4));
  });

  it('gives a block the mean probability of the other blocks of its template path', () => {
    const ship = row(x, idx('Free shipping')), aside = row(x, idx('Frequently bought'));
    // the shipping note is a <p> in div.product-body like the three sure paragraphs; the aside's two <p>s have their own path
    expect(ship[col('s_path_p')]).toBeCloseTo(0.95);
    expect(ship[col('s_path_n')]).toBeCloseTo(Math.log1p(3));
    expect(aside[col('s_path_p')]).toBeCloseTo(0.4);
    expect(aside[col('s_path_n')]).toBeCloseTo(Math.log1p(1));
    expect(row(x, idx('Ferry strike'))[col('s_path_p')]).toBe(-1);
  });

  it('reads numbered classes (post-1, post-2) as one template', () => {
    const posts = blocksOf(`<html><body><div class="post post-1"><p>${PARA}.</p></div><div class="post post-22"><p>${PARA}!</p></div>
<div class="aside"><p>${PARA}?</p></div></body></html>`);
    const y = stackFeatures(posts, new Float32Array(posts.length * NUM_FEATURES), NUM_FEATURES, [0.9, 0.7, 0.1]);
    expect(row(y, 0)[col('s_path_p')]).toBeCloseTo(0.7);
    expect(row(y, 1)[col('s_path_p')]).toBeCloseTo(0.9);
    expect(row(y, 2)[col('s_path_p')]).toBe(-1);
  });

  it('numbers template paths on a page nested thousands of elements deep', () => {
    let top = new Element('div', { class: 'x' });
    for (let k = 0; k < 20000; k++) { const up = new Element('div', { class: 'x' }, [top]); top.parent = up; top = up; }
    let deepest: Element = top;
    while (deepest.children.length) deepest = deepest.children[0] as Element;
    const deep = [PARA, `${PARA}!`].map((t) => {
      const el = new Element('p', {});
      el.parent = deepest;
      return { ...paragraphBlock(t), el };
    });
    const y = stackFeatures(deep, new Float32Array(deep.length * NUM_FEATURES), NUM_FEATURES, [0.9, 0.3]);
    expect(row(y, 0)[col('s_path_p')]).toBeCloseTo(0.3);
    expect(row(y, 1)[col('s_path_p')]).toBeCloseTo(0.9);
  });

  it('keeps the block’s own features in front', () => {
    const own = Float32Array.from({ length: blocks.length * NUM_FEATURES }, (_, k) => k);
    const y = stackFeatures(blocks, own, NUM_FEATURES, p);
    expect(Array.from(row(y, 1).subarray(0, NUM_FEATURES))).toEqual(Array.from(own.subarray(NUM_FEATURES, 2 * NUM_FEATURES)));
  });
});

describe('a block model with a second stage', () => {
  const LOG_CHARS = FEATURE_NAMES.indexOf('log_chars');
  /** Stage one: long blocks 0.9, short ones 0.4; stage two: inside the page's region → keep, outside → drop. */
  function model(withStage2: boolean): BlockModel {
    const stage2: GbdtModel = {
      version: 1, features: [...FEATURE_NAMES, ...STACK_NAMES], base: 0, threshold: 0.5,
      trees: [{ f: [col('s_in_region'), -1, -1], t: [0.5, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, -5, 5] }],
    };
    const trees: GbdtModel = {
      version: 1, features: [...FEATURE_NAMES], base: 0, threshold: 0.5,
      trees: [{ f: [LOG_CHARS, -1, -1], t: [4, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, Math.log(0.4 / 0.6), Math.log(0.9 / 0.1)] }],
      ...(withStage2 ? { stage2 } : {}),
    };
    const m = { trees, thresholdIn: 0.5, thresholdOut: 0.5 };
    return { base: m, withReadability: m, gate: 2 };
  }
  const kept = (withStage2: boolean): string[] => {
    const blocks = blocksOf(HTML);
    const c = classifyBlocks(blocks, null, [], null, 'never', () => false, model(withStage2));
    return blocks.filter((_, i) => c.keep[i]).map((b) => b.text.slice(0, 13));
  };

  it('decides on the second stage’s probabilities', () => {
    expect(kept(false)).toEqual(['The county fe', 'The county fe', 'The county fe']);
    expect(kept(true)).toEqual(['The county fe', 'The county fe', 'The county fe', 'Free shipping']);
  });
});
