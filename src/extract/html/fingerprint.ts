/**
 * A fingerprint of what the block model reads: the block features of a fixed sample page, summed. The training
 * script stores it in model.json; a test recomputes it, so that a change to blocks or features without a
 * retrained model (the model would then read inputs it was not trained on) fails loudly.
 */
import { parseHtml } from '../../dom/index.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../pipeline/context.js';
import { collectHtmlFacts } from '../../meta/index.js';
import { prepareHtml } from './index.js';
import { blockFeatures } from './block-features.js';
import { pageFeatureValues } from '../page-type.js';

/** Blocks, and the sum of each feature column (rounded), of one page. */
export function featureFingerprint(html: string, url: string): { blocks: number; sums: number[] } {
  const doc = parseHtml(html);
  const facts = collectHtmlFacts(doc);
  const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, url, {});
  const page = prepareHtml(doc, ctx, [], facts);
  const { x } = blockFeatures(page.blocks, page.title, false, pageFeatureValues(page.signals));
  const nf = x.length / Math.max(1, page.blocks.length);
  const sums = new Array<number>(nf).fill(0);
  for (let i = 0; i < x.length; i++) sums[i % nf]! += x[i]!;
  return { blocks: page.blocks.length, sums: sums.map((v) => Number(v.toFixed(3))) };
}
