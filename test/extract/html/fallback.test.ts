// A block decision that keeps almost nothing gives way to Readability's blocks, when Readability found a real
// article among them; otherwise the decision stands.
import { describe, it, expect } from 'vitest';
import { classifyBlocks, type BlockModel } from '../../../src/extract/html/classify.js';
import { F, type RawBlock } from '../../../src/extract/html/blocks.js';
import { FEATURE_NAMES } from '../../../src/extract/html/block-features.js';
import type { GbdtModel } from '../../../src/extract/gbdt.js';

/** A model with no trees: every block gets the probability of its base log-odds. */
function constantModel(logOdds: number): BlockModel {
  const trees: GbdtModel = { version: 1, features: [...FEATURE_NAMES], base: logOdds, trees: [], threshold: 0.5 };
  const m = { trees, thresholdIn: 0.5, thresholdOut: 0.5 };
  return { base: m, withReadability: m, gate: 2 };
}

function block(text: string, flags = 0): RawBlock {
  const chars = text.replace(/\s/g, '').length;
  return { kind: 'p', text, chars, linkChars: 0, flags, depth: 5, list: -1, el: null, parentLd: 0, grandLd: 0, repeats: 0, inline: [] };
}

const ITEM = 'Model KR300 robotic lawn mower, quiet and autonomous, up to three acres per charge, $ 2,999.99';
const page = (): RawBlock[] => [block('Home'), block('Robotic lawn mowers'), ...Array.from({ length: 8 }, (_, k) => block(`${ITEM} (${k})`)), block('© 2026 Kress')];
const markItems = (blocks: RawBlock[]) => (): boolean => { blocks.forEach((b) => { if (b.text.startsWith('Model')) b.flags |= F.READABILITY; }); return true; };

describe('near-empty decisions', () => {
  it('a decision keeping nothing takes the blocks Readability kept', () => {
    const blocks = page();
    const c = classifyBlocks(blocks, null, [], null, 'auto', markItems(blocks), constantModel(-10));
    expect(c.readability).toBe(true);
    expect(blocks.filter((_, i) => c.keep[i]).map((b) => b.text.slice(0, 11))).toEqual(Array(8).fill('Model KR300'));
  });

  it('runs Readability once, even when the gate asked for it and it found nothing', () => {
    let runs = 0;
    const c = classifyBlocks(page(), null, [], null, 'always', () => { runs++; return false; }, constantModel(-10));
    expect(runs).toBe(1);
    expect(c.keep.some(Boolean)).toBe(false);
  });

  it('stands when Readability found too little, when it may not be run, or when the decision kept enough', () => {
    const small = [block('Home'), block('A short note.', 0), block('Footer')];
    const none = classifyBlocks(small, null, [], null, 'auto', () => { small[1]!.flags |= F.READABILITY; return true; }, constantModel(-10));
    expect(none.keep.some(Boolean)).toBe(false);
    const blocks = page();
    const never = classifyBlocks(blocks, null, [], null, 'never', markItems(blocks), constantModel(-10));
    expect(never.keep.some(Boolean)).toBe(false);
    const all = classifyBlocks(page(), null, [], null, 'auto', markItems(page()), constantModel(10));
    expect(all.keep.every(Boolean)).toBe(true);
    expect(all.readability).toBe(false);
  });

  it('a decision keeping only the page title takes a short post Readability kept, but not a too-short one', () => {
    const TITLE = 'FCC chair warns European regulators';
    const POST = 'New barriers are emerging that constrain US businesses operating abroad, the chair says; comment is open until May.';
    const thread = (post: string): RawBlock[] => [block('r/technology'), { ...block(TITLE), kind: 'h1' }, block(post), block('Log in to reply')];
    // the title heading (kept) and nothing else: the post, a few sentences, is the answer
    const titleOnly = (): BlockModel => {
      const m = constantModel(-10);
      const isTitleBlock = { ...m.base, trees: { ...m.base.trees, trees: [{ f: [FEATURE_NAMES.indexOf('is_title'), -1, -1], t: [0.5, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, 0, 20] }] } };
      return { ...m, base: isTitleBlock, withReadability: isTitleBlock };
    };
    const markPost = (blocks: RawBlock[]) => (): boolean => { blocks[2]!.flags |= F.READABILITY; return true; };
    const blocks = thread(POST + ' ' + POST);
    const c = classifyBlocks(blocks, TITLE, [], null, 'auto', markPost(blocks), titleOnly());
    expect(c.keep).toEqual([false, false, true, false]);
    const short = thread('Source: pcmag.com');
    const s = classifyBlocks(short, TITLE, [], null, 'auto', markPost(short), titleOnly());
    expect(s.keep).toEqual([false, true, false, false]);
  });
});
