/**
 * The markup shops give one customer's review (`customer-review__body`, `data-hook="review"`, `itemprop="review"`):
 * class, id, `data-hook`, `data-testid` and `itemprop` words (`vocab.ts`: REVIEW_WORDS), or schema.org microdata.
 * blocks.ts marks the blocks inside such a box; reviews.ts decides what leaves.
 */
import type { Element } from 'domhandler';
import { REVIEW_WORDS, NOT_A_REVIEW_WORDS } from './vocab.js';

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
