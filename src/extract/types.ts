/** Shapes shared by the two extraction paths (HTML and text dump) and the stages after them. */
import type { Paywall } from '../types.js';

/** Kind of an article block; HTML tags for HTML, inferred kinds for text dumps. */
export type BlockKind = 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'pre' | 'blockquote' | 'table' | 'figcaption';

/** One block of the article: a paragraph, heading, list item, code block ... */
export interface Block {
  kind: BlockKind;
  text: string;
}

/** What an extractor hands to the metadata and output stages. */
export interface Extraction {
  /** Article blocks in reading order. */
  blocks: Block[];
  /** The article as (unsanitized) HTML; for text dumps, built from the blocks. */
  html: string;
  /** A title the extractor saw (the page's h1, a dump's heading line), or null. */
  title: string | null;
  /** Paywall / subscribe stub found in the page. */
  paywall: Paywall;
  /** Recognised page type (`article`, `forum`, `product` ...), or null when unknown. */
  pageType: string | null;
  /** The learned page-type model's probability for `pageType`, or null. */
  pageTypeConfidence: number | null;
  /**
   * Text near the start of the article (title zone, byline, first lines), in page order, where a
   * publication date and an author are looked for. Chrome is never in here.
   */
  bylineZone: string[];
  /**
   * Text dumps only: the lines around the article's start (chrome-looking lines left out) where its date is looked
   * for, and the index in `lines` of the anchor (the title line, else the first article line).
   */
  dateWindow?: { lines: string[]; anchor: number };
}

export function blocksToText(blocks: Block[]): string {
  return blocks.map((b) => b.text).filter((t) => t.length > 0).join('\n\n');
}
