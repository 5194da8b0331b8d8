/** Author: JSON-LD, meta author, rel=author, byline elements and byline lines (`By …`, `Par …`, `作者：…`); never a site name or a date. */
import type { HtmlFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { squash } from '../dom/query.js';
import { findDates } from './date-parse.js';
import { BYLINE_MARKERS, NOT_AUTHOR } from './vocab/bylines.js';

export interface AuthorInput {
  facts: HtmlFacts | null;
  jsonLd: JsonLdFacts | null;
  url: string | null;
  bylineZone: string[];
  override: string | null;
  siteName: string | null;
}

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'twitter:creator'];
const MARKER_RE = new RegExp(`(?:^|(?<=[\\s\\p{Ll}|·•,:]))(?:${BYLINE_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\s*[:：]?\\s*`, 'u');

function normName(s: string): string {
  return s.toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/** Cleans a candidate author: strips dates, markers and trailing role words; null when it is not a name. */
export function cleanAuthor(raw: string, siteName: string | null, url: string | null): string | null {
  let s = squash(raw);
  for (const d of findDates(s)) s = s.replace(d.match, ' ');
  s = s.replace(/^(?:by|par|von|por|di|door|av|af|автор|作者)\s*[:：]?\s+/i, '');
  s = s.split(/\s*(?:[|·•\n]|\s[-–—]\s|,\s*(?:updated|published|mis à jour|publié|aktualisiert))\s*/i)[0] ?? '';
  s = s.replace(/[\s,;:–—-]+$/u, '').replace(/^[\s,;:–—-]+/u, '').trim();
  if (s.length < 2 || s.length > 80) return null;
  if (/https?:|www\.|@.*\./.test(s) || /\d{3,}/.test(s)) return null;
  if (s.split(/\s+/).length > 6) return null;
  if (NOT_AUTHOR.test(s)) return null;
  const n = normName(s);
  if (siteName && n === normName(siteName)) return null;
  if (url) { try { const h = new URL(url).hostname.replace(/^www\./, '').split('.')[0]!; if (n === normName(h)) return null; } catch { /* ignore */ } }
  return s;
}

/** `Par Espace Presse`, `By Jane Doe | March 3`, `作者：张三` in a line of text. */
export function authorFromLine(line: string, siteName: string | null = null, url: string | null = null): string | null {
  if (line.length > 300) return null;
  let text = line;
  for (const d of findDates(text)) text = text.replace(d.match, '\n');
  const m = MARKER_RE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).split('\n')[0]!;
  if (!/^[\p{Lu}\p{Lo}]/u.test(rest)) return null;
  return cleanAuthor(rest, siteName, url);
}

export function resolveAuthor(input: AuthorInput): string | null {
  const { siteName, url } = input;
  const tries: string[] = [];
  if (input.override) tries.push(input.override);
  if (input.jsonLd) tries.push(...input.jsonLd.authors.slice(0, 3));
  const f = input.facts;
  if (f) {
    for (const n of AUTHOR_META) for (const v of f.metas.get(n) ?? []) if (!/^https?:/.test(v)) tries.push(v);
    tries.push(...f.authors);
  }
  for (const t of tries) { const a = cleanAuthor(t, siteName, url); if (a) return a; }
  for (const line of [...(f?.bylines ?? []), ...input.bylineZone.slice(0, 12)]) {
    const a = authorFromLine(line, siteName, url);
    if (a) return a;
  }
  return null;
}
