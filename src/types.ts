/**
 * Public shapes of unchrome: what `clean()` accepts and returns.
 * Field names of `CleanResult` are a contract read by tests, the CLI's JSON and outside tools:
 * change them only by adding.
 */
import type { Rule } from './rules/types.js';

/** Raw bytes of a page, in any charset. */
export type Bytes = Uint8Array; // Buffer is a Uint8Array

/** A page as a crawler got it: body plus optional URL and HTTP headers (`content-type` gives the charset). */
export interface PageInput {
  body: string | Bytes;
  url?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/** What `clean()` accepts: HTML or a text dump as a string, raw bytes, or a crawler record. */
export type CleanInput = string | Bytes | PageInput;

/** Which tree builder parses HTML. All give the same tree shape; `light` (htmlparser2) is the fastest. */
export type DomBackendName = 'light' | 'linkedom' | 'jsdom';

export interface CleanOptions {
  /** URL of the page: resolves relative links and selects site rules. */
  url?: string;
  /** Force the input format; default `auto` (detected from the content). */
  format?: 'auto' | 'html' | 'text';
  /** Site rules to apply (before the built-in ones). */
  rules?: Rule[];
  /** Apply the rules shipped with unchrome (default true). */
  builtinRules?: boolean;
  /** DOM backend for HTML input (default `light`). */
  dom?: DomBackendName;
  /** Use Mozilla Readability as an extra candidate for HTML (default `auto`: only when it can help). */
  readability?: 'auto' | 'always' | 'never';
  /**
   * Figure captions between kept article blocks: `auto` (default) lets the block model decide, as the benchmark
   * truths do (they leave most captions out of the body); `keep` keeps every one. A picture's credit is cut from a
   * caption either way.
   */
  captions?: 'auto' | 'keep';
  /** Maximum input size in bytes (default 20 MB); larger input throws `UnchromeError('TOO_LARGE')`. */
  maxBytes?: number;
  /** Per-page time budget in ms (default 10000); checked between stages, throws `TIMEOUT`. */
  timeoutMs?: number;
  /** Charset to use when the bytes and headers say nothing (default: sniffed). */
  defaultEncoding?: string;
  /** Reference date (ISO) for dates printed without a year; default: inferred from the page. */
  referenceDate?: string;
  /**
   * When the page gives no publication date but shows one as its last update (`Updated on July 9, 2025`), return
   * that date with `dateKind: 'updated'` and low confidence (default true); false returns null instead.
   */
  updatedDates?: boolean;
  /** Maximum number of `removed` entries kept (default 200) and characters per entry (default 300). */
  maxRemoved?: number;
}

/** One piece of chrome that was cut, and why (`nav`, `share`, `related`, `paywall`, `rule:<name>` ...). */
export interface RemovedItem {
  reason: string;
  text: string;
}

export interface Paywall {
  detected: boolean;
  text: string | null;
}

/** Where the date came from, and how sure we are. */
export type DateSource =
  | 'json-ld' | 'meta' | 'time' | 'url' | 'text' | 'rule' | 'header-line' | null;

export interface CleanResult {
  url: string | null;
  title: string | null;
  author: string | null;
  /** Publication date, ISO 8601: `YYYY-MM-DD`, or a full date-time with offset when the page gives the time. */
  date: string | null;
  /** Lowercase ISO 639-1 code where one exists (`fr`, `en`, `zh`). */
  language: string | null;
  /** Article plain text; blocks (paragraphs, headings, list items) separated by a blank line. */
  body: string;
  /** The article as sanitized HTML with absolute URLs. */
  html: string;
  paywall: Paywall;
  /** What was cut as chrome and why (bounded in size). */
  removed: RemovedItem[];
  format: 'html' | 'text';
  /** Charset the input was decoded from (`utf-8` for strings). */
  encoding: string;
  /** Names of the site rules that applied. */
  rules: string[];
  // ---- additions (allowed by the contract) ----
  /** Where the date came from (`json-ld`, `meta`, `time`, `url`, `text` ...). */
  dateSource: DateSource;
  /** `high` from structured data, `medium` from text near the title, `low` when the year was inferred. */
  dateConfidence: 'high' | 'medium' | 'low' | null;
  /**
   * `published` normally; `updated` when the page gives no publication date and `date` is the date it shows as its
   * last update (`Updated on July 9, 2025`); null with no date.
   */
  dateKind: 'published' | 'updated' | null;
  /** Kind of page as recognised (`article`, `forum`, `product`, `listing`, `documentation`, `service`, ...). */
  pageType: string | null;
  /**
   * How sure the learned page-type model is of `pageType`: its probability, 0–1 (cross-validated on wcxb-dev's labels,
   * 96 % of the pages it gives 0.8 or more are typed right, about a third of those under 0.5); null when the rules
   * typed the page (no usable model) and for text dumps.
   */
  pageTypeConfidence: number | null;
  /** Non-fatal problems (a rule that threw, a candidate that failed, a body that is only the page's description). */
  warnings: string[];
}
