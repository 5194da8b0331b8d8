/**
 * The main item's own text in the page's JSON-LD: an article's `articleBody` (or a posting's `text`) and a product's
 * `description`. Pages rendered by script often carry it there while their HTML holds a shell; the extraction stage
 * uses it when the HTML's body lacks it (src/extract/html/jsonld-fallback.ts).
 */
import { parseLoose, typesOf, type Json } from './jsonld.js';
import { JSONLD_CONTENT_TYPES, JSONLD_SKIP_TYPES } from './vocab/date-meta.js';

export interface JsonLdText {
  /** `body`: the item's whole text (articleBody, a posting's text); `description`: a product's description. */
  kind: 'body' | 'description';
  text: string;
}

/** Cheap test before any parse: most pages carry neither key. */
const HAS_TEXT_KEY = /"(?:articleBody|text|description)"\s*:/;
const PRODUCT = /^(?:product|productgroup|productmodel|individualproduct|vehicle|car|book|softwareapplication|videogame)$/i;
/** Object nodes visited at most, over all blocks (hostile JSON-LD stays cheap). */
const MAX_NODES = 2000;

/** The longest main-item text of the page's JSON-LD blocks, or null. */
export function readJsonLdText(blocks: readonly string[]): JsonLdText | null {
  if (!blocks.some((b) => HAS_TEXT_KEY.test(b))) return null;
  let best: JsonLdText | null = null;
  const offer = (kind: JsonLdText['kind'], v: Json | undefined): void => {
    if (typeof v !== 'string') return;
    const text = v.trim();
    if (text && (!best || text.length > best.text.length)) best = { kind, text };
  };
  const stack: Array<{ v: Json; depth: number }> = [];
  for (const b of blocks) { if (HAS_TEXT_KEY.test(b)) { const v = parseLoose(b); if (v !== undefined) stack.push({ v, depth: 0 }); } }
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (!v || typeof v !== 'object' || depth > 6) continue;
    if (Array.isArray(v)) { for (const x of v) stack.push({ v: x, depth: depth + 1 }); continue; }
    const types = typesOf(v);
    // a comment, an answer or an organisation is not the page's item
    if (types.some((t) => JSONLD_SKIP_TYPES.test(t))) continue;
    if (types.some((t) => PRODUCT.test(t.replace(/^.*[/#:]/, '')))) offer('description', v['description']);
    else if (types.some((t) => JSONLD_CONTENT_TYPES.test(t))) { offer('body', v['articleBody']); if (/posting/i.test(types.join(' '))) offer('body', v['text']); }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const c = v[key];
      if (c && typeof c === 'object') stack.push({ v: c, depth: depth + 1 });
    }
  }
  return best;
}
