/** Metadata stage: title, author, date and language, from structured data, the URL and the article text. */
import type { Document } from 'domhandler';
import type { DateSource } from '../types.js';
import type { Extraction } from '../extract/types.js';
import { collectFacts, type HtmlFacts } from './facts.js';
import { readJsonLd, type JsonLdFacts } from './jsonld.js';
import { resolveDate } from './date.js';
import { resolveTitle } from './title.js';
import { resolveAuthor } from './author.js';
import { resolveLanguage } from './language.js';

export type { HtmlFacts } from './facts.js';
export { findDates, parseStructured } from './date-parse.js';
export { detectLanguage } from './language.js';

/** Reads the whole page (before pruning) in one pass: head meta, JSON-LD, <html lang>, <title>, <time>, h1, bylines. */
export function collectHtmlFacts(doc: Document, ctx?: { url: string | null; headers: Record<string, string> }): HtmlFacts {
  void ctx;
  return collectFacts(doc);
}

/** Title, date and author found by site-rule selectors; they win over everything else. */
export interface MetaOverrides {
  title?: string | null;
  date?: string | null;
  author?: string | null;
}

export interface MetaInput {
  format: 'html' | 'text';
  facts: HtmlFacts | null;
  url: string | null;
  headers: Record<string, string>;
  extraction: Extraction;
  body: string;
  /** Text of everything removed as chrome (dates found only there never count). */
  removedText: string[];
  referenceDate?: string;
  /** Fall back to a date labelled as the last update when no publication date exists (default true). */
  updatedDates?: boolean;
  /** Values found by site-rule selectors; they win over everything else. */
  overrides: MetaOverrides;
}

export interface Metadata {
  title: string | null;
  author: string | null;
  date: string | null;
  dateSource: DateSource;
  dateConfidence: 'high' | 'medium' | 'low' | null;
  dateKind: 'published' | 'updated' | null;
  language: string | null;
}

export function resolveMetadata(input: MetaInput): Metadata {
  const facts = input.facts;
  const jsonLd: JsonLdFacts | null = facts && facts.jsonLd.length ? readJsonLd(facts.jsonLd) : null;
  const language = resolveLanguage({ body: input.body, title: input.extraction.title, facts, jsonLd, headers: input.headers });
  const title = resolveTitle({ format: input.format, facts, jsonLd, url: input.url, extraction: input.extraction, override: input.overrides.title ?? null });
  const author = resolveAuthor({ facts, jsonLd, url: input.url, bylineZone: input.extraction.bylineZone, override: input.overrides.author ?? null, siteName: siteName(facts) });
  let date = null as ReturnType<typeof resolveDate> | null;
  if (input.overrides.date) {
    const f = parseRuleDate(input.overrides.date);
    if (f) date = { date: f, source: 'rule', confidence: 'high' };
  }
  date ??= resolveDate({
    format: input.format, facts, jsonLd, url: input.url, bylineZone: input.extraction.bylineZone, dateWindow: input.extraction.dateWindow, body: input.body,
    removedText: input.removedText, referenceDate: input.referenceDate, updatedDates: input.updatedDates !== false, monthFirst: monthFirst(language, input.url),
  });
  return { title, author, date: date.date, dateSource: date.source, dateConfidence: date.confidence, dateKind: date.date ? date.kind ?? 'published' : null, language };
}

function parseRuleDate(v: string): string | null {
  return resolveDate({ format: 'text', facts: null, jsonLd: null, url: null, bylineZone: [`date ${v}`, v], body: '', removedText: [], monthFirst: false }).date;
}

function siteName(facts: HtmlFacts | null): string | null {
  return facts?.metas.get('og:site_name')?.[0] ?? facts?.metas.get('application-name')?.[0] ?? null;
}

/** US-English pages write 03/04/2025 month first; everyone else day first. */
function monthFirst(language: string | null, url: string | null): boolean {
  if (language && language !== 'en') return false;
  if (!url) return language === 'en';
  return !/\.(?:uk|au|nz|ie|in|za|sg|ca|eu|de|fr|es|it|nl)(?:[:/]|$)/i.test(url.replace(/^[a-z]+:\/\/([^/]+).*$/i, '$1/'));
}
