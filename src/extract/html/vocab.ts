/**
 * Vocabulary of the HTML extractor: which tags, roles, classes and ids mark chrome or content.
 * Data only; prune.ts, score.ts, blocks.ts, corrections.ts and reviews.ts use it.
 */
import { table } from '../vocab/table.js';

/** Tags removed with everything inside: never article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'map', 'link', 'meta', 'head', 'title', 'button', 'select', 'option', 'textarea', 'input', 'dialog',
]);

/** Structural chrome tags (removed unless they hold most of the page's prose). */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu']);

/** ARIA roles of chrome. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist']);

/** ARIA roles of the panels a reader opens (a tab's panel, an accordion's section): read even while hidden. */
export const PANEL_ROLES = new Set(['tabpanel', 'region']);

/** Inline tags that set their text as code. */
export const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);

/**
 * Class/id words of chrome, each with the reason reported in `removed`. Matched against whole tokens of
 * class and id, split on `-`, `_`, digits and camelCase, and against each token with its separators removed.
 */
export const CHROME_WORD_REASONS = table<string>({
  ...tag('nav', ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumbs', 'topbar', 'toolbar', 'skip', 'skiplink', 'skiplinks', 'sitemap', 'pagination', 'pager']),
  ...tag('sidebar', ['sidebar', 'sidebars']),
  ...tag('footer', ['footer', 'copyright', 'disclaimer']),
  ...tag('share', ['share', 'sharing', 'sharer', 'shares', 'social', 'socials', 'sociable', 'sharebar', 'addthis', 'sharethis']),
  ...tag('related', ['related', 'recommend', 'recommended', 'recommendations', 'trending', 'popular', 'mostread', 'mostpopular', 'morestories', 'outbrain', 'taboola', 'readmore', 'also', 'relatedposts']),
  ...tag('comments', ['comment', 'comments', 'disqus', 'replies', 'respond']),
  ...tag('cookie', ['cookie', 'cookies', 'consent', 'gdpr']),
  ...tag('login', ['login', 'signin', 'register', 'signup', 'subscribe', 'subscription', 'newsletter', 'newsletters', 'paywall', 'upsell', 'meter', 'piano', 'donate']),
  ...tag('ad', ['advert', 'advertisement', 'advertising', 'ad', 'ads', 'adsense', 'adslot', 'sponsor', 'sponsored', 'promo', 'promotion', 'dfp']),
  ...tag('hidden', ['sronly', 'visuallyhidden', 'offscreen', 'screenreader']),
  ...tag('popup', ['modal', 'popup', 'overlay', 'lightbox']),
  ...tag('meta', ['tags', 'tagcloud', 'taglist', 'authorbox', 'rss']),
  ...tag('signature', ['signature', 'signatures', 'postsignature']),
});

/**
 * Whole class or id names of third-party widgets (WordPress's comment form, Jetpack's share, like and related-post
 * boxes, AddToAny, ShareThis, YARPP, Outbrain, Taboola, star-rating plugins), lowercased, each with its reason.
 * Chrome even when the name beside it carries a content word (Jetpack's `<div id="jp-post-flair" class="sharedaddy">`,
 * `like-post-wrapper-…`): their text is the widget's labels ("Like this:", "Gefällt mir:", "Loading…"), in the
 * blog's language.
 */
export const WIDGET_NAMES = table<string>({
  ...tag('share', ['sharedaddy', 'jp-post-flair', 'jetpack-likes-widget-wrapper', 'addtoany_share_save_container', 'a2a_kit', 'sharethis-inline-share-buttons']),
  ...tag('related', ['jp-relatedposts', 'yarpp-related', 'ob-widget', 'trc_related_container']),
  ...tag('comments', ['comment-respond']),
  // WP-PostRatings, kk Star Ratings: a reader's star vote under the post
  ...tag('rating', ['post-ratings', 'post-ratings-loading', 'kk-star-ratings']),
});

function tag(reason: string, words: string[]): Record<string, string> {
  return Object.fromEntries(words.map((w) => [w, reason]));
}

/** Class/id words of content: an element carrying one of these is never pruned by class. */
export const CONTENT_WORDS = [
  'article', 'articlebody', 'body', 'content', 'contents', 'main', 'post', 'entry', 'story', 'text', 'blog', 'page',
  'prose', 'richtext', 'markdown', 'column', 'hentry', 'single',
];

/** Class/id words that raise or lower a container's score. */
export const POSITIVE_WORDS = ['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'prose'];
export const NEGATIVE_WORDS = ['hidden', 'banner', 'widget', 'secondary', 'rail', 'bio', 'print', 'utility', 'toc', 'aside', 'legal', 'masthead', 'feedback', 'rating', 'combx', 'comment', 'com', 'contact', 'foot', 'footer', 'footnote', 'masthead', 'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'tool', 'widget', 'nav', 'menu', 'social'];

/** Selectors of likely article containers, tried before scoring. */
export const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]', '[itemprop="articlebody"]', '.article-body', '.article__body', '.articleBody', '.article-content',
  '.entry-content', '.post-content', '.post-body', '.story-body', '.story-content', '.td-post-content', '.single-content',
];

/** Tags that start a new text block. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'figure', 'figcaption', 'caption', 'address', 'hr', 'br', 'center', 'details', 'summary', 'body', 'html', 'fieldset',
]);

/** Block tags that can carry prose of their own (Readability's "paragraph" elements). */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);

/**
 * Class names that a platform's own stylesheet always hides, whole and case-sensitive: Invision Community's `ipsHide`
 * (its dropdown menus: a member's "system specs", moderation tools). Generic hiding classes (`hidden`, `d-none`,
 * `js-hidden`) are not here: on the benchmark pages about half the text under them is article text (tab panels,
 * "read more" parts, desktop / phone variants) that a script or a wider screen shows.
 */
export const HIDDEN_CLASS = /(?:^|\s)ipsHide(?:\s|$)/;

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Characters that end a sentence or separate clauses, in Latin and CJK punctuation. */
export const PUNCT = /[,.;:!?，。；：！？、]/g;

/** Inline formatting tags: parts of one run of text, joined to their neighbours without a space (`<b>Pub</b><i>lisher</i>`). */
export const JOINING_TAGS = new Set([
  'b', 'i', 'em', 'strong', 'u', 's', 'sup', 'sub', 'small', 'mark', 'code', 'abbr', 'del', 'ins', 'q', 'cite', 'kbd',
  'var', 'samp', 'tt', 'big', 'wbr', 'bdi', 'bdo', 'ruby', 'rt', 'rp', 'img',
]);

/** Classes of the blockquotes that social networks' embed codes put in an article (a quoted post, not a share bar). */
export const EMBEDDED_POST_CLASS = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|reddit-card|fb-xfbml-parse-ignore|threads-post|mastodon-embed|imgur-embed-pub)(?:\s|$)/i;

/**
 * Class / id / `data-hook` / `data-testid` / `itemprop` words that mark one customer's review on a shop page
 * (`customer-review__body`, `data-hook="review-body"`, `itemprop="review"`), and words that make such a box a
 * summary or a publisher's text instead (`editorialReviews`, `review-summary`, a rating histogram).
 */
export const REVIEW_WORDS = new Set(['review', 'reviews']);
export const NOT_A_REVIEW_WORDS = new Set(['editorial', 'summary', 'summaries', 'histogram', 'overview', 'aggregate', 'average', 'stats', 'statistics', 'breakdown', 'snapshot']);

/** Meta tags whose content summarises the page's item (the body of last resort of a script-built page). */
export const SUMMARY_META_KEYS = ['og:description', 'twitter:description', 'description'] as const;
