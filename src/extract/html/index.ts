/** HTML path: prune chrome, find the article, turn it into blocks. (placeholder: replaced below) */
import type { Document } from 'domhandler';
import type { PageContext } from '../../pipeline/context.js';
import type { Extraction } from '../types.js';
import { queryOne, textOf, toHtml } from '../../dom/query.js';

export function extractHtml(doc: Document, ctx: PageContext, bodySelectors: string[]): Extraction {
  void ctx;
  const root = (bodySelectors.length ? queryOne(doc, bodySelectors.join(',')) : null) ?? queryOne(doc, 'body') ?? doc;
  const text = textOf(root as never).trim();
  return { blocks: text ? [{ kind: 'p', text }] : [], html: toHtml(root as never), title: null, paywall: { detected: false, text: null }, pageType: null, bylineZone: [] };
}
