/**
 * The numbers the learned page-type model (page-type-model.ts) reads from one page: the rule-based guess, what the
 * page declares (schema.org types, `og:type`, URL shape, meta tags), how its text is built (lists, headings, code,
 * tables, prose, links, repeated cards, prices) and the shape of its URL. One value per name in
 * PAGE_TYPE_FEATURE_NAMES, in order.
 */
import type { HtmlFacts } from '../meta/index.js';
import { F, isHeading, type RawBlock } from './html/blocks.js';
import { ruleBasedType, type PageSignals } from './page-type.js';
import { PAGE_TYPES, SCHEMA_HINTS, type PageType } from './vocab/page-types.js';

/** A block of prose: long enough to be a paragraph of an article, not a card's line. */
const PROSE_CHARS = 200;
const SENTENCE_END = /[.!?。！？]["”’)]?$/;

export const PAGE_TYPE_FEATURE_NAMES: readonly string[] = [
  ...PAGE_TYPES.map((t) => `rules_${t}`), ...PAGE_TYPES.map((t) => `jsonld_${t}`), ...PAGE_TYPES.map((t) => `og_${t}`), ...PAGE_TYPES.map((t) => `url_${t}`),
  'log_prices', 'code_share', 'repeated_share',
  ...SCHEMA_HINTS.map((t) => `schema_${t}`),
  'meta_published_time', 'meta_author', 'meta_price', 'date_elements', 'author_elements',
  'log_blocks', 'log_chars', 'link_share', 'list_share', 'headings_per_block', 'table_share', 'container_share',
  'comment_share', 'sentence_share', 'prose_share', 'largest_block_share', 'article_share', 'log_prose_blocks',
  'repeated_blocks_share', 'prices_per_block',
  'url_depth', 'url_last_length', 'url_last_hyphens', 'url_long_number', 'url_dated', 'url_root', 'url_query', 'url_file',
];

const oneHot = (t: PageType | null): number[] => PAGE_TYPES.map((p) => (p === t ? 1 : 0));

function urlShape(url: string | null): number[] {
  let path = '', query = 0, parsed = false;
  try { const u = new URL(url ?? ''); path = u.pathname; query = u.search.length > 1 ? 1 : 0; parsed = true; } catch { /* no usable URL: all zero */ }
  const segs = path.split('/').filter(Boolean);
  const last = segs[segs.length - 1] ?? '';
  return [
    segs.length, last.length, last.split('-').length - 1, /\d{4,}/.test(path) ? 1 : 0, /\/(?:19|20)\d\d\/\d{1,2}\//.test(path) ? 1 : 0,
    parsed && segs.length === 0 ? 1 : 0, query, /\.(?:html?|php|aspx?)$/i.test(path) ? 1 : 0,
  ];
}

/** The page's feature row: the signals the rules read, the blocks as the HTML path cut them, the page's facts and its URL. */
export function pageTypeFeatures(s: PageSignals, blocks: readonly RawBlock[], facts: HtmlFacts | null, url: string | null): Float32Array {
  let chars = 0, links = 0, list = 0, headings = 0, table = 0, container = 0, comment = 0, sentences = 0, prose = 0, largest = 0;
  let article = 0, proseBlocks = 0, repeated = 0;
  for (const b of blocks) {
    chars += b.chars; links += b.linkChars;
    if (b.kind === 'li') list += b.chars;
    if (isHeading(b)) headings++;
    if (b.kind === 'table') table += b.chars;
    if (b.flags & F.CONTAINER) container += b.chars;
    if (b.flags & F.COMMENT_CLASS) comment += b.chars;
    if (b.flags & F.ARTICLE) article += b.chars;
    if (SENTENCE_END.test(b.text)) sentences += b.chars;
    if (b.chars > PROSE_CHARS) { prose += b.chars; proseBlocks++; }
    if (b.repeats >= 3) repeated++;
    if (b.chars > largest) largest = b.chars;
  }
  const c = Math.max(1, chars), n = Math.max(1, blocks.length);
  const metas = facts?.metas;
  const has = (k: string): number => (metas?.has(k) ? 1 : 0);
  return Float32Array.from([
    ...oneHot(ruleBasedType(s)), ...oneHot(s.jsonLd), ...oneHot(s.og), ...oneHot(s.url), Math.log1p(s.prices), s.codeShare, s.repeatedShare,
    ...SCHEMA_HINTS.map((t) => (s.schema.has(t) ? 1 : 0)),
    has('article:published_time'), has('article:author') || has('author'), has('product:price:amount') || has('og:price:amount'),
    facts?.dates.length ? 1 : 0, facts?.authors.length ? 1 : 0,
    Math.log1p(blocks.length), Math.log1p(chars), links / c, list / c, headings / n, table / c, container / c,
    comment / c, sentences / c, prose / c, largest / c, article / c, Math.log1p(proseBlocks),
    repeated / n, s.prices / n,
    ...urlShape(url),
  ]);
}
