/**
 * Vocabulary of page types: schema.org types, Open Graph types and URL shapes that say what kind of page this
 * is. Data only; src/extract/page-type.ts uses it.
 */
import { table } from './table.js';

export type PageType = 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service';

export const PAGE_TYPES: readonly PageType[] = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];

/** schema.org `@type` → page type. */
export const JSONLD_TYPES = table<PageType>({
  article: 'article', newsarticle: 'article', blogposting: 'article', reportagenewsarticle: 'article', analysisnewsarticle: 'article',
  opinionnewsarticle: 'article', reviewnewsarticle: 'article', scholarlyarticle: 'article', report: 'article', liveblogposting: 'article',
  // a thread or a Q&A page as a whole; `Question`, `Answer` and `Comment` alone are not one: an FAQ section
  // (`FAQPage`) of an article, a shop or a service page is made of them, and so are an article's readers' comments
  socialmediaposting: 'forum', discussionforumposting: 'forum', qapage: 'forum',
  product: 'product', productgroup: 'product', individualproduct: 'product', vehicle: 'product',
  collectionpage: 'collection', itemlist: 'listing', searchresultspage: 'listing', offercatalog: 'collection',
  techarticle: 'documentation', apireference: 'documentation', softwaresourcecode: 'documentation', howto: 'documentation',
  service: 'service', professionalservice: 'service', localbusiness: 'service', medicalbusiness: 'service', legalservice: 'service',
  financialservice: 'service', homeandconstructionbusiness: 'service', medicalclinic: 'service', dentist: 'service', physician: 'service',
});

/** `og:type` → page type. */
export const OG_TYPES = table<PageType>({
  article: 'article', 'blog': 'article', 'news': 'article', product: 'product', 'product.item': 'product', 'og:product': 'product',
});

/** URL path shapes, tested in order; the first match wins. */
export const URL_SHAPES: ReadonlyArray<[RegExp, PageType]> = [
  [/\/(?:docs?|documentation|api|reference|manual|handbook|guides?|tutorials?|learn|kb|knowledge-?base|wiki|man)\//i, 'documentation'],
  // `/t/` and `/topics/` only with a thread number after them (Discourse's `/t/slug/123`, `/topics/123`): a shop's
  // `/t/office-chairs` is a category and a documentation's `/topics/db/models/` a chapter
  [/\/(?:forums?|threads?|topic|questions?|community|discussions?|boards?|viewtopic|showthread|r\/[^/]+\/comments)(?:[/.?]|$)|\/t\/(?:[^/?#]+\/)?\d+(?:[/?#]|$)|\/topics\/\d/i, 'forum'],
  [/\/(?:products?|p|item|items|dp|shop\/[^/]+\/[^/]+|sku|buy)\/[^/]+/i, 'product'],
  [/\/(?:category|categories|collections?|tags?|topics|c|brands?|departments?)\/[^/]*\/?$/i, 'collection'],
  [/\/(?:search|results|listings?|directory|jobs|events|archive|page\/\d+)(?:[/?]|$)/i, 'listing'],
  [/\/(?:services?|solutions|what-we-do|pricing|plans|about|treatments?|practice-areas?)(?:[/?-]|$)/i, 'service'],
  [/\/(?:news|blog|blogs|article|articles|story|stories|posts?|opinion|press|\d{4}\/\d{1,2})\//i, 'article'],
];

/** A price written on the page: currency sign or code next to a number. */
export const PRICE = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\b)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|zł|kr|руб)\b)/g;

/**
 * schema.org types whose mere presence the learned page-type model reads (page-type-features.ts), mapped or not:
 * an `Offer` or an `AggregateRating` says shop, a `BreadcrumbList` a site with a hierarchy, an `FAQPage` a service
 * page, an `Organization` alone says little about which page of the site this is.
 */
export const SCHEMA_HINTS: readonly string[] = [
  'offer', 'aggregateoffer', 'aggregaterating', 'review', 'breadcrumblist', 'faqpage', 'organization', 'website', 'webpage',
  'person', 'event', 'recipe', 'howto', 'itemlist', 'videoobject', 'imageobject', 'localbusiness', 'question', 'answer',
  'comment', 'product', 'newsarticle', 'blogposting', 'article', 'collectionpage', 'service', 'discussionforumposting',
  'techarticle', 'softwareapplication', 'listitem',
];
