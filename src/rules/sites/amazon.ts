/**
 * Amazon product pages (`/dp/…`, `/gp/product/…` on every Amazon store): the page is a stack of
 * `…_feature_div` widgets. What a reader came for is the product's own text — its title, overview table,
 * "About this item" bullets, description (also the A+ content), product details, a book's description,
 * editorial reviews and author note — and the rule takes those widgets (`sections`). The buy box, the image
 * gallery, the carousels of other products ("Products related to this item", "Customers also bought"), the
 * brand's story, related videos, customer reviews and questions, and the variant picker's JSON are left out.
 * A page without these widgets (another layout) goes to the generic extraction.
 */
import type { Document } from 'domhandler';
import { defineRule } from '../define.js';
import type { RuleContext } from '../types.js';

/** Amazon's retail stores (the host names of its country sites). */
const AMAZON_HOSTS = [
  'amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.co.uk', 'amazon.ie', 'amazon.de', 'amazon.fr',
  'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.be', 'amazon.com.be', 'amazon.se', 'amazon.pl', 'amazon.com.tr',
  'amazon.ae', 'amazon.sa', 'amazon.eg', 'amazon.in', 'amazon.co.jp', 'amazon.sg', 'amazon.com.au',
];

/** A product's detail page: `/dp/ASIN`, `/gp/product/ASIN`, the mobile `/gp/aw/d/ASIN`. */
const PRODUCT_URL = /^https?:\/\/[^/]+\/(?:[^/?#]+\/)?(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?#]|$)/i;

/**
 * The detail page's widgets that hold the product's own text, by their stable ids: title and byline, overview
 * table, "About this item" (or the newer layout's product facts), a book's description and its facts carousel,
 * the description (plain, or the manufacturer's A+ content under its several ids), product details and technical
 * specifications (tables or bullets), important information, editorial reviews and the author's note.
 */
const PRODUCT_SECTIONS = [
  '#title_feature_div', '#titleblock_feature_div',
  '#productOverview_feature_div', '#featurebullets_feature_div', '#productFactsDesktop_feature_div',
  '#bookDescription_feature_div', '#richProductInformation_feature_div',
  '#productDescription_feature_div', '#aplus_feature_div', '#aplus3p_feature_div',
  '#dpx-aplus-product-description_feature_div', '#dpx-aplus-3p-product-description_feature_div',
  '#productDetails_feature_div', '#detailBullets_feature_div', '#technicalSpecifications_feature_div',
  '#importantInformation_feature_div', '#editorialReviews_feature_div', '#moreAboutTheAuthorCard_feature_div',
];

/**
 * "Read more" expanders: the rest of a description or of the editorial reviews (a book's excerpt) is in the page,
 * hidden by an inline `display:none` until the reader clicks. The reader reads it, so it is shown.
 */
function openExpanders(_doc: Document, ctx: RuleContext): void {
  for (const el of ctx.select('.a-expander-content[style*="display"]')) delete el.attribs['style'];
}

export const AMAZON_RULES = [
  defineRule({
    name: 'amazon-product',
    match: { hosts: AMAZON_HOSTS, urls: [PRODUCT_URL], format: 'html' },
    html: { sections: PRODUCT_SECTIONS, title: '#productTitle' },
    before: openExpanders,
  }),
];
