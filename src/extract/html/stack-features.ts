/**
 * Second-stage features for the block model: the first model's probabilities around each block, in reading order
 * (neighbours, a window), in the page's tree (the block's parent, grandparent and two more ancestors, and the
 * page's most article-like region), among the other blocks of its template path (a thread's posts, a grid's cards),
 * and over the whole page. Appended to the block's own features, they let a
 * second model read a block's probability against its surroundings: a shop's shipping note beside a sure product
 * description is not the same 0.4 as a paragraph inside a region of sure article text.
 */
import { isTag, type Element } from 'domhandler';
import type { RawBlock } from './blocks.js';
import { withinMatch } from '../../dom/query.js';

export const STACK_NAMES = [
  's_p', 's_prev', 's_next', 's_win',
  's_a1', 's_a2', 's_a3', 's_a4', 's_n1', 's_n2', 's_n3', 's_n4',
  's_page', 's_max', 's_rank', 's_kept_share',
  's_in_region', 's_region_share', 's_region_p', 's_region_depth',
  's_path_p', 's_path_n',
] as const;

/** Ancestors whose blocks' mean probability is a feature (parent, grandparent, …: `s_a1`… and `s_n1`… in order). */
const ANCESTORS = 4;
/** Neighbours on each side in the window mean. */
const WINDOW = 3;

/** Column of each second-stage feature within the appended part. */
const COL = Object.fromEntries(STACK_NAMES.map((name, i) => [name, i])) as Record<(typeof STACK_NAMES)[number], number>;

const parentOf = (e: Element): Element | null => (e.parent && isTag(e.parent) ? e.parent : null);

/**
 * Each block's template path: its element's tag and class words, and its ancestors', up to the root, as a number
 * (blocks of the same template — a thread's posts, a grid's cards, an article's paragraphs — share it). Digits in
 * class words are ignored (`post-123`).
 */
function templatePaths(blocks: readonly RawBlock[]): Int32Array {
  const ids = new Map<string, number>();
  const memo = new Map<Element, number>();
  const idOf = (el: Element): number => {
    // number the element's ancestors not numbered yet, from the top down (a loop, not recursion: pages can nest thousands deep)
    const chain: Element[] = [];
    for (let e: Element | null = el; e && !memo.has(e); e = parentOf(e)) chain.push(e);
    for (let k = chain.length - 1; k >= 0; k--) {
      const e = chain[k]!;
      const up = parentOf(e);
      const cls = (e.attribs['class'] ?? '').replace(/\d+/g, '').trim().split(/\s+/).sort().join('.');
      const key = `${up ? memo.get(up)! : -1}>${e.name}.${cls}`;
      let id = ids.get(key);
      if (id === undefined) { id = ids.size; ids.set(key, id); }
      memo.set(e, id);
    }
    return memo.get(el)!;
  };
  return Int32Array.from(blocks, (b) => (b.el ? idOf(b.el) : -1));
}

interface Tally { p: number; chars: number; blocks: number; gain: number }

/**
 * The rows of `x` (`nf` columns per block) with STACK_NAMES appended, from the first stage's probabilities `p`.
 * Probabilities are weighted by the blocks' characters; −1 stands for "no such neighbour or ancestor".
 */
export function stackFeatures(blocks: readonly RawBlock[], x: Float32Array, nf: number, p: ArrayLike<number>): Float32Array {
  const n = blocks.length;
  const nf2 = nf + STACK_NAMES.length;
  const out = new Float32Array(n * nf2);
  // every ancestor's tally of the blocks under it (the region's gain: characters weighted by p − 0.5)
  const tally = new Map<Element, Tally>();
  let pageP = 0, pageChars = 0, max = 0, kept = 0;
  for (let i = 0; i < n; i++) {
    const c = blocks[i]!.chars + 1, pi = p[i]!;
    pageP += pi * c; pageChars += c; if (pi > max) max = pi; if (pi >= 0.5) kept += c;
    for (let e = blocks[i]!.el; e; e = parentOf(e)) {
      let t = tally.get(e);
      if (!t) { t = { p: 0, chars: 0, blocks: 0, gain: 0 }; tally.set(e, t); }
      t.p += pi * c; t.chars += c; t.blocks++; t.gain += (pi - 0.5) * c;
    }
  }
  let region: Element | null = null, best = -Infinity;
  for (const [e, t] of tally) if (t.gain > best) { best = t.gain; region = e; }
  const rt = region ? tally.get(region)! : null;
  let regionDepth = 0;
  for (let e = region; e; e = parentOf(e)) regionDepth++;
  const sorted = Float64Array.from(p).sort();
  const inRegion = withinMatch((e) => e === region);
  // blocks of one template path: their probability, weighted by characters
  const path = templatePaths(blocks);
  const pathP = new Map<number, { p: number; chars: number; blocks: number }>();
  for (let i = 0; i < n; i++) {
    if (path[i]! < 0) continue;
    const c = blocks[i]!.chars + 1;
    const t = pathP.get(path[i]!) ?? { p: 0, chars: 0, blocks: 0 };
    t.p += p[i]! * c; t.chars += c; t.blocks++;
    pathP.set(path[i]!, t);
  }

  for (let i = 0; i < n; i++) {
    const o = i * nf2;
    out.set(x.subarray(i * nf, (i + 1) * nf), o);
    const v = out.subarray(o + nf);
    const pi = p[i]!;
    v[COL.s_p] = pi;
    v[COL.s_prev] = i > 0 ? p[i - 1]! : -1;
    v[COL.s_next] = i < n - 1 ? p[i + 1]! : -1;
    let wp = 0, wc = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
      if (j !== i) { const c = blocks[j]!.chars + 1; wp += p[j]! * c; wc += c; }
    }
    v[COL.s_win] = wc ? wp / wc : -1;
    let e = blocks[i]!.el;
    for (let k = 0; k < ANCESTORS; k++) {
      e = e ? parentOf(e) : null;
      const t = e ? tally.get(e)! : null;
      v[COL.s_a1 + k] = t ? t.p / t.chars : -1;
      v[COL.s_n1 + k] = t ? Math.log1p(t.blocks) : 0;
    }
    let lo = 0, hi = n;
    while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m]! < pi) lo = m + 1; else hi = m; }
    v[COL.s_page] = pageP / pageChars; v[COL.s_max] = max; v[COL.s_rank] = lo / n; v[COL.s_kept_share] = kept / pageChars;
    v[COL.s_in_region] = inRegion(blocks[i]!.el) ? 1 : 0;
    v[COL.s_region_share] = rt ? rt.chars / pageChars : 0;
    v[COL.s_region_p] = rt ? rt.p / rt.chars : 0;
    v[COL.s_region_depth] = regionDepth;
    // the others of its template (without the block itself)
    const g = path[i]! >= 0 ? pathP.get(path[i]!)! : null;
    const c = blocks[i]!.chars + 1;
    v[COL.s_path_p] = g && g.blocks > 1 ? (g.p - pi * c) / (g.chars - c) : -1;
    v[COL.s_path_n] = g ? Math.log1p(g.blocks - 1) : 0;
  }
  return out;
}
