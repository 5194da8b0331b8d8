/**
 * Page-type awareness: what kind of page this is (article, forum thread, product, listing, collection,
 * documentation, service), from the page's schema.org types, its Open Graph type, the shape of its URL and
 * its structure (prices, code, repeated items), by rules. The signals and the rules' type feed the block classifier;
 * the `pageType` field is the learned model's answer (page-type-model.ts), which reads them too.
 */
import type { HtmlFacts } from '../meta/index.js';
import type { RawBlock } from './html/blocks.js';
import { JSONLD_TYPES, OG_TYPES, URL_SHAPES, PRICE, PAGE_TYPES, type PageType } from './vocab/page-types.js';

export interface PageSignals {
  /** From schema.org `@type` in JSON-LD. */
  jsonLd: PageType | null;
  /** From `og:type`. */
  og: PageType | null;
  /** From the URL's path. */
  url: PageType | null;
  /** Every schema.org `@type` named in the page's JSON-LD (lowercase, no namespace), mapped to a page type or not. */
  schema: ReadonlySet<string>;
  /** Prices written on the page. */
  prices: number;
  /** Share of the page's characters in code blocks. */
  codeShare: number;
  /** Share of the page's characters in repeated items (cards, teasers, posts). */
  repeatedShare: number;
}

const TYPE_RE = /"@type"\s*:\s*(\[[^\]]{0,400}\]|"[^"]{1,80}")/g;
/** When JSON-LD names several kinds, the more specific wins. */
const JSONLD_PRECEDENCE: PageType[] = ['forum', 'article', 'product', 'documentation', 'listing', 'collection', 'service'];

/** The schema.org `@type` names in the page's JSON-LD blocks, lowercased, without their namespace. */
export function schemaTypes(blocks: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const raw of blocks) {
    TYPE_RE.lastIndex = 0;
    for (let m = TYPE_RE.exec(raw); m; m = TYPE_RE.exec(raw)) {
      for (const t of m[1]!.match(/"[^"]+"/g) ?? []) found.add(t.slice(1, -1).toLowerCase().replace(/^.*[/#:]/, ''));
    }
  }
  return found;
}

function fromJsonLd(types: Set<string>): PageType | null {
  const found = new Set<PageType>();
  for (const t of types) { const k = JSONLD_TYPES[t]; if (k) found.add(k); }
  return JSONLD_PRECEDENCE.find((t) => found.has(t)) ?? null;
}

function fromUrl(url: string | null): PageType | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  for (const [re, t] of URL_SHAPES) if (re.test(path)) return t;
  return null;
}

/** What the page says it is, before its blocks exist: schema.org type, `og:type`, URL shape. */
export type DeclaredType = Pick<PageSignals, 'jsonLd' | 'og' | 'url' | 'schema'>;

export function declaredType(facts: HtmlFacts | null, url: string | null): DeclaredType {
  const og = facts?.metas.get('og:type')?.[0]?.toLowerCase() ?? '';
  const schema = schemaTypes(facts?.jsonLd ?? []);
  return { jsonLd: fromJsonLd(schema), og: OG_TYPES[og] ?? null, url: fromUrl(url), schema };
}

/**
 * A discussion page (a forum thread, a Q&A page) by its schema.org type or URL shape alone: known before the page's
 * blocks exist, so pruning can tell a thread's comment list (the page) from readers' comments under an article.
 */
export function isDiscussion(d: DeclaredType): boolean {
  return d.jsonLd === 'forum' || d.url === 'forum';
}

export function pageSignals(declared: DeclaredType, blocks: RawBlock[]): PageSignals {
  let chars = 0, code = 0, repeated = 0, prices = 0;
  for (const b of blocks) {
    chars += b.chars;
    if (b.kind === 'pre') code += b.chars;
    if (b.repeats >= 3) repeated += b.chars;
    if (b.chars < 200) { PRICE.lastIndex = 0; if (PRICE.test(b.text)) prices++; }
  }
  return {
    ...declared,
    prices,
    codeShare: chars ? code / chars : 0,
    repeatedShare: chars ? repeated / chars : 0,
  };
}

/** The page type by rules: what the page declares first, then its structure; null when they say nothing. */
export function ruleBasedType(s: PageSignals): PageType | null {
  if (s.jsonLd) return s.jsonLd;
  if (s.og === 'product') return 'product';
  if (s.url) return s.url;
  if (s.og === 'article') return 'article';
  if (s.codeShare > 0.15) return 'documentation';
  // a grid of priced items is a collection; one item with its price or two is a product
  if (s.prices >= 10) return 'collection';
  if (s.prices >= 2) return 'product';
  if (s.repeatedShare > 0.5) return 'listing';
  return null;
}

/** Page-level features for the block classifier: the guessed type one-hot, and the structural signals. */
export const PAGE_FEATURE_NAMES = [...PAGE_TYPES.map((t) => `page_${t}`), 'page_typed_by_schema', 'page_log_prices', 'page_code_share', 'page_repeated_share'] as const;

export function pageFeatureValues(s: PageSignals): number[] {
  const t = ruleBasedType(s);
  return [...PAGE_TYPES.map((p) => (p === t ? 1 : 0)), s.jsonLd || s.og ? 1 : 0, Math.log1p(s.prices), s.codeShare, s.repeatedShare];
}
