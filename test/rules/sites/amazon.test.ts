// Built-in amazon-product rule: an Amazon detail page's own text (its product widgets, expanders opened) is the
// article; its buy box, carousels, brand story and reviews are not. The page is a reduced copy of Amazon's layout (its widget ids, not its text).
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';

const BULLETS = [
  'Twelve-hour battery: a full day of listening on one charge, and four more charges in the pocket-sized case.',
  'Sealed against rain and sweat to IPX4, so a run in bad weather or a hard session at the gym does not harm it.',
  'Bluetooth 5.3 pairs with the last phone it knew as soon as the case opens, without a menu to go through.',
];
const DESCRIPTION = 'The earbuds are tuned by hand at the factory, each pair measured against a reference curve before it ships. '
  + 'The case is made of recycled aluminium and charges over USB-C or on any wireless pad in about ninety minutes.';

const MORE = 'Each pair comes with four sizes of silicone tips and a travel pouch, and the firmware updates from the phone app.';

const page = `<!doctype html><html><head><title>Amazon.com: Acme Buds</title></head><body>
<div id="dp-container">
  <div id="ppd">
    <div id="leftCol"><div id="imageBlock_feature_div">Image Unavailable Image not available for Color: Roll over image to zoom in</div></div>
    <div id="centerCol">
      <div id="title_feature_div"><h1 id="title"><span id="productTitle"> Acme Buds Wireless Earbuds, Twelve-Hour Battery </span></h1></div>
      <div id="featurebullets_feature_div"><div id="feature-bullets"><h2>About this item</h2><ul>
        ${BULLETS.map((b) => `<li><span class="a-list-item">${b}</span></li>`).join('')}
      </ul></div></div>
    </div>
    <div id="rightCol"><div id="buybox">
      <p>$29.99 FREE delivery Monday. Order within 5 hrs 12 mins. In Stock.</p>
      <p>Ships from Amazon.com Sold by Acme Audio Store. Returnable until Jan 31. Secure transaction, add a gift receipt for easy returns.</p>
    </div></div>
  </div>
  <div id="sims-simsContainer_feature_div_01"><h2>Products related to this item</h2><ol>
    <li>Zeta Pods Pro Noise Cancelling Earbuds with Charging Case, 40 Hours of Play, Sponsored, $19.99 with coupon</li>
    <li>Orbit Sound Open Ear Headphones with Hooks for Running and Cycling, Sponsored, $24.49 list price</li>
    <li>Nimbus Air Kids Headphones with Volume Limit and a Soft Band for Travel, Sponsored, $15.99 today</li>
  </ol></div>
  <div id="aplus_feature_div"><h2>Product description</h2><p>${DESCRIPTION}</p>
    <div class="a-expander-content" style="display:none"><p>${MORE}</p></div></div>
  <div id="aplusBrandStory_feature_div"><h2>From the brand</h2>
    <p>Who we are: a small workshop in Shenzhen that has built headphones for larger brands for more than a decade.</p></div>
  <div id="customer-reviews_feature_div"><h2>Customer reviews</h2>
    <div class="review"><p>Great sound for the price, the case is a little big for my pocket but I use them every day on the train.</p></div>
    <div class="review"><p>The left bud stopped charging after two months and the seller never answered my messages about it.</p></div>
  </div>
</div></body></html>`;

const URL = 'https://www.amazon.com/Acme-Buds-Wireless-Earbuds/dp/B0ACME1234';

describe('amazon-product', () => {
  it('keeps the product text, with what its "Read more" expander hides, and leaves out the buy box, carousels, brand story and reviews', () => {
    const r = clean(page, { url: URL });
    expect(r.rules).toEqual(['amazon-product']);
    for (const b of BULLETS) expect(r.body).toContain(b);
    expect(r.body).toContain(DESCRIPTION);
    expect(r.body).toContain(MORE);
    for (const gone of ['FREE delivery', 'Zeta Pods', 'Who we are', 'Great sound for the price', 'Image Unavailable']) expect(r.body).not.toContain(gone);
    expect(r.title).toBe('Acme Buds Wireless Earbuds, Twelve-Hour Battery');
  });

  it('without the rule, the expander stays hidden and the generic extraction decides', () => {
    const r = clean(page, { url: URL, builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(r.body).not.toContain(MORE);
  });

  it('applies on the other stores and URL shapes of a product page', () => {
    for (const url of ['https://www.amazon.co.uk/dp/B0ACME1234', 'https://amazon.de/gp/product/B0ACME1234?th=1', 'https://www.amazon.co.jp/gp/aw/d/B0ACME1234/']) {
      expect(clean(page, { url }).rules, url).toEqual(['amazon-product']);
    }
  });

  it('does not apply to search results, other hosts or a page without its URL', () => {
    for (const url of ['https://www.amazon.com/s?k=earbuds', 'https://www.amazon.com/Best-Sellers-Electronics/zgbs/electronics', 'https://shop.example.com/dp/B0ACME1234', undefined]) {
      expect(clean(page, { url }).rules, String(url)).toEqual([]);
    }
  });
});
