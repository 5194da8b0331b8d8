/** Title: the h1 / og:title / JSON-LD headline / <title>, without the site-name suffix or prefix. */
import type { HtmlFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import type { Extraction } from '../extract/types.js';
import { squash } from '../dom/query.js';
import { TITLE_SEPARATORS, SITE_SEGMENT_WORDS } from './vocab/titles.js';
import { DATE_HEADER_LINE } from './vocab/bylines.js';

export interface TitleInput {
  format: 'html' | 'text';
  facts: HtmlFacts | null;
  jsonLd: JsonLdFacts | null;
  url: string | null;
  extraction: Extraction;
  override: string | null;
}

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

function hostWords(url: string | null): string[] {
  if (!url) return [];
  try {
    const h = new URL(url).hostname.replace(/^www\d?\./, '');
    const parts = h.split('.');
    return [h, parts.slice(0, -1).join('.'), parts[parts.length - 2] ?? ''].filter((x) => x.length > 1);
  } catch { return []; }
}

function isSiteSegment(seg: string, site: string[]): boolean {
  const n = norm(seg);
  if (!n) return true;
  const compact = n.replace(/\s+/g, '');
  return site.some((s) => { const x = norm(s).replace(/\s+/g, ''); return x.length > 1 && (compact === x || compact.includes(x) || (x.includes(compact) && compact.length >= 3)); });
}

/** Removes a leading or trailing site-name segment from a page title. */
export function stripSiteName(title: string, siteNames: string[], hostHints: string[] = []): string {
  const t = squash(title);
  const parts = t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return t;
  const site = [...siteNames, ...hostHints];
  let segs = parts;
  while (segs.length > 1 && isSiteSegment(segs[segs.length - 1]!, site)) segs = segs.slice(0, -1);
  while (segs.length > 1 && isSiteSegment(segs[0]!, site)) segs = segs.slice(1);
  if (segs.length === parts.length) {
    const last = segs[segs.length - 1]!;
    const first = segs.slice(0, -1).join(' ');
    const words = last.split(/\s+/).length;
    if (words <= 4 && first.length > last.length * 1.5 && (SITE_SEGMENT_WORDS.test(last) || /^[\p{Lu}\d]/u.test(last) || !/\p{Script=Latin}/u.test(last))) segs = segs.slice(0, -1);
    else return t;
  }
  // keep the original spelling: cut the title string at the kept segments
  const start = t.indexOf(segs[0]!);
  const lastSeg = segs[segs.length - 1]!;
  const end = t.lastIndexOf(lastSeg) + lastSeg.length;
  return start >= 0 && end > start ? t.slice(start, end).trim() : segs.join(' ');
}

function similar(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  return x === y || x.includes(y) || y.includes(x);
}

export function resolveTitle(input: TitleInput): string | null {
  if (input.override) return squash(input.override);
  const f = input.facts;
  const siteNames = [f?.metas.get('og:site_name')?.[0], f?.metas.get('application-name')?.[0], f?.metas.get('twitter:site')?.[0]?.replace(/^@/, '')].filter((x): x is string => !!x);
  const hosts = hostWords(input.url);
  const og = f?.metas.get('og:title')?.[0] ?? f?.metas.get('twitter:title')?.[0] ?? null;
  const ogClean = og ? stripSiteName(og, siteNames, hosts) : null;
  const tag = f?.titleTag ? stripSiteName(f.titleTag, siteNames, hosts) : null;
  const headline = input.jsonLd?.headline ? squash(input.jsonLd.headline) : null;
  const extracted = input.extraction.title ? squash(input.extraction.title) : null;
  if (input.format === 'text') {
    if (extracted) return stripHeader(extracted);
    return headerTitle(input.extraction.bylineZone);
  }
  const h1s = [extracted, ...(f?.h1.map((h) => h.text) ?? [])].filter((x): x is string => !!x && x.length < 400);
  const refs = [ogClean, headline, tag].filter((x): x is string => !!x);
  for (const h of h1s) if (refs.some((r) => similar(h, r))) return h;
  return ogClean || headline || tag || h1s[0] || null;
}

function stripHeader(t: string): string {
  const m = DATE_HEADER_LINE.exec(t);
  return m && m[2] ? m[2].trim() : t;
}

/** A dump whose first line is `date 2026-01-15 Title…` names its title there. */
function headerTitle(lines: string[]): string | null {
  for (const l of lines.slice(0, 2)) {
    const m = DATE_HEADER_LINE.exec(l);
    if (m && m[2] && m[2].trim().length > 3) return m[2].trim();
  }
  return null;
}
