/**
 * HTML path: drop non-content, prune chrome, find the article container (a site rule's selector, a known
 * article-body selector, or the best-scoring container), and turn it into blocks.
 */
import { isTag, type Document, type Element } from 'domhandler';
import type { PageContext } from '../../pipeline/context.js';
import type { Extraction, Block } from '../types.js';
import { queryOne, queryAll, textOf, toHtml, squash } from '../../dom/query.js';
import { dropNonContent, pruneChrome } from './prune.js';
import { scoreCandidates, withSiblings } from './score.js';
import { elementsToBlocks } from './blocks.js';
import { statsOf, type StatsMap } from './stats.js';
import { ARTICLE_SELECTORS } from './vocab.js';

const ARTICLE_SELECTOR = ARTICLE_SELECTORS.join(',');

function findTitle(doc: Document): string | null {
  const h1 = queryOne(doc, 'h1');
  const t = h1 ? squash(textOf(h1)) : '';
  return t || null;
}

/** A known article-body container holding most of the page's prose. */
function semanticContainer(root: Element | Document, stats: StatsMap, pageText: number): Element | null {
  let best: Element | null = null;
  for (const el of queryAll(root, ARTICLE_SELECTOR)) {
    const s = statsOf(stats, el);
    if (s.text - s.link > Math.max(300, pageText * 0.25) && (!best || s.text > statsOf(stats, best).text)) best = el;
  }
  return best;
}

function dropLeadingTitle(blocks: Block[], title: string | null): Block[] {
  if (!title || !blocks.length) return blocks;
  const first = blocks[0]!;
  return first.kind.startsWith('h') && squash(first.text) === title ? blocks.slice(1) : blocks;
}

export function extractHtml(doc: Document, ctx: PageContext, bodySelectors: string[]): Extraction {
  dropNonContent(doc);
  const title = findTitle(doc);
  const body = queryOne(doc, 'body') ?? doc;
  let roots: Element[] | null = null;
  if (bodySelectors.length) {
    const el = queryOne(doc, bodySelectors.join(','));
    if (el) roots = [el];
  }
  const stats = pruneChrome(roots ? { children: roots } as never : body, ctx.removed);
  if (!roots) {
    let pageText = 0;
    for (const c of body.children) if (isTag(c)) pageText += statsOf(stats, c).text;
    const sem = semanticContainer(body, stats, pageText);
    if (sem) roots = [sem];
    else {
      const scoring = scoreCandidates(body, stats);
      const top = scoring.ranked[0]?.el;
      roots = top ? withSiblings(top, scoring, stats, textOf) : isTag(body) ? [body] : [];
    }
  }
  const run = elementsToBlocks(roots, ctx.removed);
  const blocks = dropLeadingTitle(run.blocks, title);
  return {
    blocks,
    html: toHtml(roots),
    title,
    paywall: { detected: false, text: null },
    pageType: null,
    bylineZone: blocks.slice(0, 3).map((b) => b.text),
  };
}
