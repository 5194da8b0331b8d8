/**
 * Walks the pruned page in reading order and cuts it into blocks (paragraphs, headings, list items, code,
 * quotes, table rows), recording for each block what surrounds it: ancestor context flags (in <article>,
 * in a list, under a chrome-like class …), whether it is inside the scored article container, its link share.
 * These are the units the block classifier keeps or drops.
 */
import { isTag, isText, isComment, type AnyNode, type Element } from 'domhandler';
import type { BlockKind } from '../types.js';
import { BLOCK_TAGS, JOINING_TAGS } from './vocab.js';
import { table } from '../vocab/table.js';
import { classWords, chromeReason, hasContentWord, classWeight } from './classes.js';
import { countText } from './stats.js';
import { squash } from '../../dom/query.js';

const KIND = table<BlockKind>({
  h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', li: 'li', dt: 'li', pre: 'pre',
  blockquote: 'blockquote', tr: 'table', figcaption: 'figcaption', caption: 'figcaption',
});

/** Ancestor context bits of a block. */
export const F = {
  ARTICLE: 1, MAIN: 2, HEADER: 4, LIST: 8, TABLE: 16, CONTENT_CLASS: 32, NEG_CLASS: 64, CHROME_CLASS: 128,
  CONTAINER: 256, FIGURE: 512, BLOCKQUOTE: 1024, COMMENT_CLASS: 2048, PRE: 4096, LINK_WRAPPED: 8192, SECTION: 16384,
  /** Set after the walk: Mozilla Readability's article contains the block's text. */
  READABILITY: 32768,
} as const;

export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Non-space characters, and those inside links. */
  chars: number;
  linkChars: number;
  /** OR of F bits of the block's ancestors. */
  flags: number;
  depth: number;
  /** Index of the enclosing list (ul/ol) walk, or -1. */
  list: number;
  /** The element whose content the block is. */
  el: Element | null;
  /** Link density of the block element's parent and grandparent. */
  parentLd: number;
  grandLd: number;
  /** How many siblings share the class signature of the block's nearest classed ancestor (repeated items: teasers, cards). */
  repeats: number;
  /** The block's own inline content (text, links, emphasis, images), for the article's HTML. */
  inline: AnyNode[];
}

/** A paragraph block of text that comes from outside the page's body (its JSON-LD, its description). */
export function paragraphBlock(text: string): RawBlock {
  const chars = text.replace(/\s/g, '').length;
  return { kind: 'p', text, chars, linkChars: 0, flags: 0, depth: 0, list: -1, el: null, parentLd: 0, grandLd: 0, repeats: 0, inline: [] };
}

/** The block is a heading (`h1`…`h6`). */
export function isHeading(b: RawBlock): boolean {
  return b.kind.length === 2 && b.kind[0] === 'h';
}

/** The block is the page's title heading (the `<h1>` text `title`): the body leaves it out, the title field has it. */
export function isTitleHeading(b: RawBlock, title: string | null): boolean {
  return title !== null && b.kind.startsWith('h') && squash(b.text) === title;
}

/** Link density of an element, from the stats pass. */
export type LinkDensityOf = (el: Element) => number;

/** Per parent: how many children share each tag+class signature (counted once per parent). */
const signatureCounts = new WeakMap<object, Map<string, number>>();

/** How many children of `a`'s parent share its tag and class (0 without a class). */
export function siblingsLike(a: Element): number {
  const cls = a.attribs['class'];
  const p = a.parent;
  if (!cls || !p || !('children' in p)) return 0;
  let counts = signatureCounts.get(p);
  if (!counts) {
    counts = new Map();
    for (const s of p.children) {
      if (!isTag(s) || !s.attribs['class']) continue;
      const k = `${s.name} ${s.attribs['class']}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    signatureCounts.set(p, counts);
  }
  return counts.get(`${a.name} ${cls}`) ?? 0;
}

/** Siblings with the same tag and class as the nearest classed ancestor (up to 4 levels) with 3+ such siblings. */
function repeatedItems(el: Element | null): number {
  let a: Element | null = el;
  for (let level = 0; a && level < 5; level++) {
    const r = siblingsLike(a);
    if (r >= 3) return r;
    a = a.parent && isTag(a.parent) ? a.parent : null;
  }
  return 0;
}

function ownFlags(el: Element): number {
  let f = 0;
  const n = el.name;
  if (n === 'article' || el.attribs['itemprop']?.toLowerCase() === 'articlebody') f |= F.ARTICLE;
  if (n === 'main' || el.attribs['role'] === 'main') f |= F.MAIN;
  if (n === 'header') f |= F.HEADER;
  if (n === 'ul' || n === 'ol' || n === 'dl') f |= F.LIST;
  if (n === 'table') f |= F.TABLE;
  if (n === 'figure') f |= F.FIGURE;
  if (n === 'blockquote') f |= F.BLOCKQUOTE;
  if (n === 'pre' || n === 'code') f |= F.PRE;
  if (n === 'a') f |= F.LINK_WRAPPED;
  if (n === 'section') f |= F.SECTION;
  const words = classWords(el);
  if (words.length) {
    if (hasContentWord(words)) f |= F.CONTENT_CLASS;
    const why = chromeReason(words);
    if (why === 'comments') f |= F.COMMENT_CLASS;
    else if (why) f |= F.CHROME_CLASS;
    if (classWeight(el) < 0) f |= F.NEG_CLASS;
  }
  return f;
}

/**
 * True when an inline element follows another element with nothing between them (`<span>Publisher</span><span>Houghton
 * Mifflin</span>`): separate boxes that a layout sets apart, so their words must not run together. Formatting tags
 * (`<b>`, `<em>`, `<sup>` …) are parts of one run of text and join without a space.
 */
function abutsElement(el: Element): boolean {
  if (JOINING_TAGS.has(el.name)) return false;
  let p = el.prev;
  while (p && isComment(p)) p = p.prev;
  return !!p && isTag(p) && !JOINING_TAGS.has(p.name) && !BLOCK_TAGS.has(p.name);
}

/** Table cells do not break blocks: a row is one block (`1 Kyle Busch 5040 5`), its cells a space apart. */
const CELLS = new Set(['td', 'th']);
const breaks = (name: string): boolean => BLOCK_TAGS.has(name) && !CELLS.has(name);

/** Cuts `roots` into blocks; elements in `container` (and below) get the CONTAINER flag. */
export function walkBlocks(roots: AnyNode[], container: Set<Element>, ldOf: LinkDensityOf): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let lists = 0;
  const kinds: BlockKind[] = [];
  const listStack: number[] = [];
  const flagStack: number[] = [0];
  const blockEls: Element[] = [];
  let inline: AnyNode[] = [];
  const top = roots[0]?.parent ?? null;
  /** A node belongs to the pending block's inline content when it is a direct child of the block element. */
  const own = (node: AnyNode): void => { if (node.parent === (blockEls[blockEls.length - 1] ?? top)) inline.push(node); };

  const flush = (): void => {
    const nodes = inline;
    inline = [];
    if (!parts.length) return;
    const kind = kinds[kinds.length - 1] ?? 'p';
    const raw = parts.join('');
    parts = [];
    const text = kind === 'pre' ? raw.replace(/^\n+|\s+$/g, '') : raw.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    if (text) {
      const el = blockEls[blockEls.length - 1] ?? null;
      const parent = el?.parent && isTag(el.parent) ? el.parent : null;
      const grand = parent?.parent && isTag(parent.parent) ? parent.parent : null;
      out.push({
        kind, text, chars: countText(text)[0], linkChars, flags: flagStack[flagStack.length - 1]!, depth: flagStack.length,
        list: listStack.length ? listStack[listStack.length - 1]! : -1, el,
        parentLd: parent ? ldOf(parent) : 0, grandLd: grand ? ldOf(grand) : 0, repeats: repeatedItems(el), inline: nodes,
      });
    }
    linkChars = 0;
  };

  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (isText(node)) {
      const t = preDepth ? node.data : node.data.replace(/[ \t\r\f\v\u00a0\n]+/g, ' ');
      if (t) {
        parts.push(t);
        own(node);
        if (linkDepth) linkChars += countText(t)[0];
      }
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    if (!exit) {
      if (name === 'br') { parts.push('\n'); own(node); continue; }
      if (name === 'img') { own(node); continue; }
      if (CELLS.has(name)) { if (parts.length) parts.push(' '); }
      else if (!BLOCK_TAGS.has(name) && abutsElement(node) && /[\p{L}\p{N}]$/u.test(parts[parts.length - 1] ?? '')) parts.push(' ');
      if (breaks(name)) {
        flush();
        if (KIND[name]) kinds.push(KIND[name]!);
        if (name === 'ul' || name === 'ol') listStack.push(lists++);
        blockEls.push(node);
      } else own(node);
      if (name === 'a') linkDepth++;
      if (name === 'pre') preDepth++;
      flagStack.push(flagStack[flagStack.length - 1]! | ownFlags(node) | (container.has(node) ? F.CONTAINER : 0));
      stack.push({ node, exit: true });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
      continue;
    }
    if (name === 'a') linkDepth--;
    if (name === 'pre') preDepth--;
    if (breaks(name)) {
      flush();
      if (KIND[name]) kinds.pop();
      if (name === 'ul' || name === 'ol') listStack.pop();
      blockEls.pop();
    }
    flagStack.pop();
  }
  flush();
  return out;
}
