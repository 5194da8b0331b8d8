/**
 * Customer reviews on shop pages: one buyer's opinion of the product, its stars, date and helpful-votes, printed
 * under the description. A reader who came for the product page reads its description and specs; the reviews are
 * other people's posts about it, the way comments are under an article. They are recognised by the markup shops
 * give each review (`review-markup.ts`) and leave only on pages typed `product`: on a review site or an
 * article the same words mark the article itself.
 */
import { F, type RawBlock } from './blocks.js';

/** Un-keeps the kept blocks inside customer reviews of a product page; each dropped index goes to `onDrop`. */
export function dropCustomerReviews(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, onDrop: (i: number) => void): void {
  if (pageType !== 'product') return;
  for (let i = 0; i < blocks.length; i++) {
    if (keep[i] && blocks[i]!.flags & F.REVIEW) { keep[i] = false; onDrop(i); }
  }
}
