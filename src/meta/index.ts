/** Metadata stage: title, author, date and language, from structured data, the URL and the article text. */
import type { Document } from 'domhandler';
import type { DateSource } from '../types.js';
import type { Extraction } from '../extract/types.js';
import { queryOne, textOf, squash } from '../dom/query.js';

/** Facts read from the whole HTML page before any pruning (head meta, JSON-LD, <html lang>, <title>). */
export interface HtmlFacts {
  htmlLang: string | null;
  titleTag: string | null;
}

export function collectHtmlFacts(doc: Document, ctx?: { url: string | null; headers: Record<string, string> }): HtmlFacts {
  void ctx;
  const html = queryOne(doc, 'html');
  const t = queryOne(doc, 'title');
  return { htmlLang: html?.attribs['lang'] ?? null, titleTag: t ? squash(textOf(t)) || null : null };
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
  /** Values found by site-rule selectors; they win over everything else. */
  overrides: { title?: string | null; date?: string | null; author?: string | null };
}

export interface Metadata {
  title: string | null;
  author: string | null;
  date: string | null;
  dateSource: DateSource;
  dateConfidence: 'high' | 'medium' | 'low' | null;
  language: string | null;
}

export function resolveMetadata(input: MetaInput): Metadata {
  const title = input.overrides.title ?? input.extraction.title ?? input.facts?.titleTag ?? null;
  const lang = input.facts?.htmlLang?.toLowerCase().split(/[-_]/)[0] ?? null;
  return { title, author: input.overrides.author ?? null, date: input.overrides.date ?? null, dateSource: input.overrides.date ? 'rule' : null, dateConfidence: input.overrides.date ? 'high' : null, language: lang };
}
