/**
 * Customer reviews on shop pages: one buyer's opinion of the product, its stars, date and helpful-votes, printed
 * under the description. A reader who came for the product page reads its description and specs; the reviews are
 * other people's posts about it, the way comments are under an article. A review is a box among at least two like
 * it, marked by the words shops give it in class, id, `data-hook`, `data-testid` or `itemprop`
 * (`customer-review__body`, `data-hook="review"`; `vocab.ts`: REVIEW_WORDS), or schema.org Review microdata. Reviews
 * leave only on pages typed `product` (on a review site or an article the same words mark the article itself), so
 * the markup is read only there, after the block model.
 */
import type { Element } from 'domhandler';
import { withinMatch } from '../../dom/query.js';
import { REVIEW_WORDS, NOT_A_REVIEW_WORDS } from './vocab.js';
import { siblingsLike, type RawBlock } from './blocks.js';
import { classWords } from './classes.js';

const ATTRS = ['data-hook', 'data-testid', 'itemprop'];

/** Words of the attributes shops name review boxes with, split like class words. */
function attrWords(el: Element): string[] {
  const out: string[] = [];
  for (const a of ATTRS) {
    const v = el.attribs[a];
    if (!v || v.length > 80) continue;
    for (const part of v.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s\d:]+/)) if (part) out.push(part);
  }
  return out;
}

/** schema.org microdata of one review: `itemprop="review"` or `itemtype=".../Review"`. */
function isReviewItemprop(el: Element): boolean {
  return el.attribs['itemprop']?.toLowerCase() === 'review' || /schema\.org\/Review$/i.test(el.attribs['itemtype'] ?? '');
}

/**
 * One customer's review box: not named as a summary or a publisher's text (`editorialReviews`, `review-summary`),
 * and either review microdata or named a review with at least two siblings like it.
 */
function isReviewBox(el: Element): boolean {
  const words = [...classWords(el), ...attrWords(el)];
  if (words.some((w) => NOT_A_REVIEW_WORDS.has(w))) return false;
  if (isReviewItemprop(el)) return true;
  return words.some((w) => REVIEW_WORDS.has(w)) && siblingsLike(el) >= 2;
}

/** Un-keeps the kept blocks inside customer reviews of a product page; each dropped index goes to `onDrop`. */
export function dropCustomerReviews(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, onDrop: (i: number) => void): void {
  if (pageType !== 'product') return;
  // per element: inside a review box (itself or an ancestor); ancestors are shared, so each is judged once
  const judge = withinMatch(isReviewBox);
  for (let i = 0; i < blocks.length; i++) {
    if (keep[i] && judge(blocks[i]!.el)) { keep[i] = false; onDrop(i); }
  }
}
