/**
 * Customer reviews on shop pages: one buyer's opinion of the product, its stars, date and helpful-votes, printed
 * under the description. A reader who came for the product page reads its description and specs; the reviews are
 * other people's posts about it, the way comments are under an article. They are recognised by the markup shops
 * give each review (`vocab.ts`: REVIEW_WORDS) and leave only on pages typed `product`: on a review site or an
 * article the same words mark the article itself.
 */
import type { Element } from 'domhandler';
import { REVIEW_WORDS, NOT_A_REVIEW_WORDS } from './vocab.js';
import { F, type RawBlock } from './blocks.js';

const ATTRS = ['data-hook', 'data-testid', 'itemprop'];

function attrWords(el: Element): string[] {
  const out: string[] = [];
  for (const a of ATTRS) {
    const v = el.attribs[a];
    if (!v || v.length > 80) continue;
    for (const part of v.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s\d:]+/)) if (part) out.push(part);
  }
  return out;
}

/** True when `el` (whose class/id words are `classWords`) is the box of one customer's review or a part of it. */
export function isCustomerReview(el: Element, classWords: readonly string[]): boolean {
  const words = attrWords(el);
  if (!words.length && !classWords.length) return false;
  let review = false;
  for (const w of classWords) {
    if (NOT_A_REVIEW_WORDS.has(w)) return false;
    if (REVIEW_WORDS.has(w)) review = true;
  }
  for (const w of words) {
    if (NOT_A_REVIEW_WORDS.has(w)) return false;
    if (REVIEW_WORDS.has(w)) review = true;
  }
  return review || isReviewItemprop(el);
}

/** schema.org microdata of one review: `itemprop="review"` or `itemtype=".../Review"`. */
export function isReviewItemprop(el: Element): boolean {
  return el.attribs['itemprop']?.toLowerCase() === 'review' || /schema\.org\/Review$/i.test(el.attribs['itemtype'] ?? '');
}

/** Un-keeps the kept blocks inside customer reviews of a product page; each dropped index goes to `onDrop`. */
export function dropCustomerReviews(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, onDrop: (i: number) => void): void {
  if (pageType !== 'product') return;
  for (let i = 0; i < blocks.length; i++) {
    if (keep[i] && blocks[i]!.flags & F.REVIEW) { keep[i] = false; onDrop(i); }
  }
}
