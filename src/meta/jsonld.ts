/** JSON-LD reading: publication/modification dates, headline, authors and language of the page's main item. */
import { JSONLD_CONTENT_TYPES, JSONLD_SKIP_TYPES, JSONLD_PUBLISHED_KEYS, JSONLD_MODIFIED_KEYS } from './vocab/date-meta.js';

export interface JsonLdFacts {
  /** datePublished, dateCreated, uploadDate, startDate values, main content items first. */
  published: string[];
  /** The datePublished values alone (several different ones make the JSON-LD ambiguous). */
  datePublished: string[];
  modified: string[];
  headline: string | null;
  authors: string[];
  language: string | null;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function parseLoose(raw: string): Json | undefined {
  const s = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '').trim();
  if (!s) return undefined;
  try { return JSON.parse(s) as Json; } catch { /* fall through */ }
  try { return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ')) as Json; } catch { return undefined; }
}

function typesOf(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function names(v: Json | undefined, out: string[]): void {
  if (!v) return;
  if (typeof v === 'string') { if (v.trim()) out.push(v.trim()); return; }
  if (Array.isArray(v)) { for (const x of v) names(x, out); return; }
  if (typeof v === 'object') {
    const types = typesOf(v);
    if (types.some((t) => /organization|website/i.test(t))) return;
    const n = v['name'];
    if (typeof n === 'string' && n.trim()) out.push(n.trim());
  }
}

/** Parsed JSON-LD blocks, cached per page's block list: the metadata and extraction stages both read them. */
const parsed = new WeakMap<readonly string[], Json[]>();

export function parsedJsonLd(blocks: readonly string[]): Json[] {
  let out = parsed.get(blocks);
  if (!out) {
    out = [];
    for (const b of blocks) { const v = parseLoose(b); if (v !== undefined) out.push(v); }
    parsed.set(blocks, out);
  }
  return out;
}

/** Object nodes visited at most per page (hostile JSON-LD stays cheap), and how deep. */
const MAX_NODES = 2000;
const MAX_DEPTH = 6;

/**
 * Walks the page's JSON-LD objects in document order, into arrays and into the values under `into`
 * (`@graph`, `mainEntity` …) of the objects for which `visit` returns true.
 */
export function walkJsonLd(blocks: readonly string[], into: readonly string[], visit: (o: { [k: string]: Json }, types: string[]) => boolean): void {
  const stack: Array<{ v: Json; depth: number }> = parsedJsonLd(blocks).map((v) => ({ v, depth: 0 }));
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (!v || typeof v !== 'object' || depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i]!, depth: depth + 1 }); continue; }
    if (!visit(v, typesOf(v))) continue;
    for (const key of into) {
      const c = v[key];
      if (c && typeof c === 'object') stack.push({ v: c, depth: depth + 1 });
    }
  }
}

export function readJsonLd(blocks: string[]): JsonLdFacts {
  const res: JsonLdFacts = { published: [], datePublished: [], modified: [], headline: null, authors: [], language: null };
  const strong: JsonLdFacts = { published: [], datePublished: [], modified: [], headline: null, authors: [], language: null };
  walkJsonLd(blocks, ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement'], (v, types) => {
    if (types.some((t) => JSONLD_SKIP_TYPES.test(t)) && !types.some((t) => JSONLD_CONTENT_TYPES.test(t))) return false;
    const target = types.some((t) => JSONLD_CONTENT_TYPES.test(t)) ? strong : res;
    for (const k of JSONLD_PUBLISHED_KEYS) { const x = v[k]; if (typeof x === 'string' && x.trim()) target.published.push(x.trim()); }
    { const x = v['datePublished']; if (typeof x === 'string' && x.trim()) target.datePublished.push(x.trim()); }
    for (const k of JSONLD_MODIFIED_KEYS) { const x = v[k]; if (typeof x === 'string' && x.trim()) target.modified.push(x.trim()); }
    if (!target.headline) { const h = v['headline'] ?? (types.length && target === strong ? v['name'] : undefined); if (typeof h === 'string' && h.trim()) target.headline = h.trim(); }
    if (v['author']) names(v['author'], target.authors);
    if (!target.language && typeof v['inLanguage'] === 'string') target.language = v['inLanguage'];
    return true;
  });
  return {
    published: [...strong.published, ...res.published],
    datePublished: strong.datePublished.length ? strong.datePublished : res.datePublished,
    modified: [...strong.modified, ...res.modified],
    headline: strong.headline ?? res.headline,
    authors: strong.authors.length ? strong.authors : res.authors,
    language: strong.language ?? res.language,
  };
}
