/**
 * The main item's own text in the page's JSON-LD: an article's `articleBody` (or a posting's `text`) and a product's
 * `description`. Pages rendered by script often carry it there while their HTML holds a shell; the extraction stage
 * uses it when the HTML's body lacks it (src/extract/html/jsonld-fallback.ts).
 */
import { walkJsonLd, type Json } from './jsonld.js';
import { JSONLD_CONTENT_TYPES, JSONLD_SKIP_TYPES } from './vocab/date-meta.js';

export interface JsonLdText {
  /** `body`: the item's whole text (articleBody, a posting's text); `description`: a product's description. */
  kind: 'body' | 'description';
  text: string;
}

/** Cheap test before any parse: most pages carry neither key. */
const HAS_TEXT_KEY = /"(?:articleBody|text|description)"\s*:/;
const PRODUCT = /^(?:product|productgroup|productmodel|individualproduct|vehicle|car|book|softwareapplication|videogame)$/i;
/** The longest main-item text of the page's JSON-LD blocks, or null. */
export function readJsonLdText(blocks: readonly string[]): JsonLdText | null {
  if (!blocks.some((b) => HAS_TEXT_KEY.test(b))) return null;
  let best: JsonLdText | null = null;
  const offer = (kind: JsonLdText['kind'], v: Json | undefined): void => {
    if (typeof v !== 'string') return;
    const text = v.trim();
    if (text && (!best || text.length > best.text.length)) best = { kind, text };
  };
  walkJsonLd(blocks, ['@graph', 'mainEntity', 'mainEntityOfPage'], (v, types) => {
    // a comment, an answer or an organisation is not the page's item
    if (types.some((t) => JSONLD_SKIP_TYPES.test(t))) return false;
    if (types.some((t) => PRODUCT.test(t.replace(/^.*[/#:]/, '')))) offer('description', v['description']);
    else if (types.some((t) => JSONLD_CONTENT_TYPES.test(t))) { offer('body', v['articleBody']); if (/posting/i.test(types.join(' '))) offer('body', v['text']); }
    return true;
  });
  return best;
}
