/**
 * Turns the chosen article elements into blocks (paragraphs, headings, list items, code, quotes, table rows)
 * in reading order. Link-dominated paragraphs and link-only lists inside the article ("Read more: …",
 * related-story lists) are dropped and logged.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, BlockKind } from '../types.js';
import type { RemovedLog } from '../../pipeline/removed.js';
import { BLOCK_TAGS } from './vocab.js';

const KIND: Record<string, BlockKind> = {
  h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', li: 'li', dt: 'li', pre: 'pre',
  blockquote: 'blockquote', tr: 'table', figcaption: 'figcaption', caption: 'figcaption',
};

interface Pending {
  parts: string[];
  linkChars: number;
}

interface ListFrame {
  start: number;
}

/** Blocks plus, per block, the share of its characters inside links. */
export interface BlockRun {
  blocks: Block[];
  linkShare: number[];
}

function squashInline(s: string): string {
  return s.replace(/[ \t\r\f\v\u00a0\n]+/g, ' ');
}

export function elementsToBlocks(roots: Element[], removed: RemovedLog): BlockRun {
  const blocks: Block[] = [];
  const linkShare: number[] = [];
  let cur: Pending = { parts: [], linkChars: 0 };
  let linkDepth = 0;
  let preDepth = 0;
  const kinds: BlockKind[] = [];
  const lists: ListFrame[] = [];

  const flush = (): void => {
    if (!cur.parts.length) return;
    const kind = kinds[kinds.length - 1] ?? 'p';
    const raw = cur.parts.join('');
    const text = kind === 'pre' ? raw.replace(/^\n+|\s+$/g, '') : raw.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
    if (text) {
      blocks.push({ kind, text });
      linkShare.push(cur.linkChars / Math.max(1, text.replace(/\s/g, '').length));
    }
    cur = { parts: [], linkChars: 0 };
  };

  // iterative walk with explicit exit markers
  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (isText(node)) {
      const t = preDepth ? node.data : squashInline(node.data);
      if (t) {
        cur.parts.push(t);
        if (linkDepth) cur.linkChars += t.replace(/\s/g, '').length;
      }
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    if (!exit) {
      if (name === 'br') { cur.parts.push('\n'); continue; }
      if (name === 'img') continue;
      if (BLOCK_TAGS.has(name)) {
        flush();
        if (KIND[name]) kinds.push(KIND[name]!);
        if (name === 'ul' || name === 'ol') lists.push({ start: blocks.length });
      } else if ((name === 'td' || name === 'th') && cur.parts.length) cur.parts.push(' | ');
      if (name === 'a') linkDepth++;
      if (name === 'pre') preDepth++;
      stack.push({ node, exit: true });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
      continue;
    }
    if (name === 'a') linkDepth--;
    if (name === 'pre') preDepth--;
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (KIND[name]) kinds.pop();
      if (name === 'ul' || name === 'ol') dropLinkList(lists.pop()!, blocks, linkShare, removed);
    }
    if (name === 'td' || name === 'th') { /* cells stay inline within their row */ }
  }
  flush();
  return dropLinkParagraphs(blocks, linkShare, removed);
}

/** A list of three or more items that are nearly all links is a link list (related stories, tags), not prose. */
function dropLinkList(frame: ListFrame, blocks: Block[], share: number[], removed: RemovedLog): void {
  const n = blocks.length - frame.start;
  if (n < 3) return;
  let linked = 0;
  for (let i = frame.start; i < blocks.length; i++) if (blocks[i]!.kind === 'li' && share[i]! > 0.8) linked++;
  if (linked / n < 0.8) return;
  const cut = blocks.splice(frame.start, n);
  share.splice(frame.start, n);
  removed.add('link-list', cut.map((b) => b.text).join(' · '));
}

function dropLinkParagraphs(blocks: Block[], share: number[], removed: RemovedLog): BlockRun {
  const keptBlocks: Block[] = [];
  const keptShare: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const s = share[i]!;
    if (s > 0.6 && b.kind === 'p' && b.text.length < 200) { removed.add('link-paragraph', b.text); continue; }
    keptBlocks.push(b);
    keptShare.push(s);
  }
  return { blocks: keptBlocks, linkShare: keptShare };
}
