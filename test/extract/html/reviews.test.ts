/** Customer reviews on product pages: the buyers' posts under a product leave; the product's own text and the same markup elsewhere stay. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';

const specs = '<h2>Specifications</h2><ul><li>Body: alder, bolt-on maple neck with a rosewood fingerboard</li><li>Pickups: three single coils with one volume and two tone controls</li><li>Scale length 648 mm, 22 medium jumbo frets, synthetic bone nut</li></ul>';
const description = '<p>The Player II Stratocaster keeps the classic contoured body and adds rolled fingerboard edges, a modern C neck profile and a two-point tremolo with bent steel saddles for stable tuning.</p>';
const review = (who: string, text: string): string => `<div class="customer-review js-review"><div class="customer-review__head"><span class="review-intro__author">${who}</span></div><div class="review-text"><p>${text}</p></div></div>`;
const reviews = '<h3>8 Reviews</h3><div class="product-reviews-content">'
  + review('guitar_00', 'I have to say I am very pleasantly surprised with the new series, the guitar came in with absolutely zero issues and plays beautifully out of the box.')
  + review('strat_fan', 'Bought this to upgrade from my old entry-level guitar and while it looks incredible, the neck pocket had a small crack when it arrived, so I sent it back.')
  + review('jazzhands', 'Great tone for the price, the pickups are quiet and the tremolo stays in tune even with heavy use over a long evening of playing with my band.')
  + '</div>';
const jsonLd = (type: string): string => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Fender Player II Strat"}</script>`;
const page = (type: string, body: string): string => `<html><head><title>Fender Player II Strat</title>${jsonLd(type)}</head><body><main><h1>Fender Player II Strat</h1>${body}</main></body></html>`;

describe('customer reviews', () => {
  it('leave a product page, logged as reviews; the description and specs stay', () => {
    const r = clean(page('Product', description + specs + reviews), { readability: 'never' });
    expect(r.body).toContain('The Player II Stratocaster keeps');
    expect(r.body).toContain('Pickups: three single coils');
    expect(r.body).not.toContain('pleasantly surprised');
    expect(r.body).not.toContain('neck pocket had a small crack');
    expect(r.removed.some((x) => x.reason === 'reviews' && x.text.includes('Great tone for the price'))).toBe(true);
  });

  it('stay on an article: the same markup there is the page (a review site, comments quoted by a story)', () => {
    const r = clean(page('NewsArticle', description + specs + reviews), { readability: 'never' });
    expect(r.body).toContain('pleasantly surprised');
  });

  it('a single review-classed box on a product page (a summary, an empty review form) is not a review', () => {
    const box = '<div class="product-reviews"><p>There are no reviews for this item yet, but you could be the first one: once you purchase it, we will send you a link to share what you think.</p></div>';
    const r = clean(page('Product', description + specs + box), { readability: 'never' });
    expect(r.removed.some((x) => x.reason === 'reviews')).toBe(false);
  });
});
