/**
 * `clean()` and `createCleaner()`: runs one page through the stages
 * input → detect → (html: parse → rules → extract) | (text: rules → extract) → metadata → output → after-hooks.
 */
import type { Document } from 'domhandler';
import type { CleanInput, CleanOptions, CleanResult } from './types.js';
import { UnchromeError, typedStackOverflow } from './errors.js';
import { readInput } from './input/index.js';
import { detectFormat } from './input/detect.js';
import { parseHtml } from './dom/index.js';
import { RuleSet, applyHtmlRules, applyAfterHooks, textRuleActions } from './rules/index.js';
import { createContext, DEFAULTS, type ResolvedOptions, type PageContext } from './pipeline/context.js';
import { validateOptions } from './pipeline/options.js';
import { extractHtml } from './extract/html/index.js';
import { extractTextDump } from './extract/text/index.js';
import { blocksToText, type Extraction } from './extract/types.js';
import { collectHtmlFacts, resolveMetadata, type HtmlFacts, type MetaOverrides } from './meta/index.js';
import { readRuleOverrides } from './extract/html/overrides.js';
import { sanitizeArticleHtml } from './output/sanitize.js';
import { blocksToHtml } from './output/blocks-html.js';

/** A cleaner with its options and rules compiled once; reuse it for many pages. */
export interface Cleaner {
  /** Cleans one page; `perCall` options override the cleaner's (rules given here are added before the cleaner's). */
  clean(input: CleanInput, perCall?: CleanOptions): CleanResult;
}

function resolve(options: CleanOptions): ResolvedOptions {
  validateOptions(options);
  return { ...DEFAULTS, ...stripUndefined(options) } as ResolvedOptions;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Creates a reusable cleaner: site rules are validated and compiled once.
 * @example
 * const cleaner = createCleaner({ rules: [myRule] });
 * const { body, date } = cleaner.clean(html, { url });
 */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  const base = resolve(options);
  const ruleSet = new RuleSet(options.rules ?? [], base.builtinRules);
  return {
    clean(input: CleanInput, perCall?: CleanOptions): CleanResult {
      if (!perCall) return runPage(input, base, ruleSet);
      const opts = resolve({ ...options, ...stripUndefined(perCall) });
      const rs = perCall.rules || perCall.builtinRules !== undefined
        ? new RuleSet([...(perCall.rules ?? []), ...(options.rules ?? [])], opts.builtinRules)
        : ruleSet;
      return runPage(input, opts, rs);
    },
  };
}

/**
 * Cleans one page: returns the article's body, html, title, author, date and language, without the portal chrome.
 *
 * @param input HTML or a text dump as a string, raw bytes in any charset, or `{ body, url?, headers? }`.
 * @param options `url`, `format`, `rules` … see {@link CleanOptions}.
 * @throws {UnchromeError} with a stable `code` (`EMPTY_INPUT`, `NOT_TEXT`, `TOO_LARGE`, `TIMEOUT`, `BAD_OPTION` …).
 */
export function clean(input: CleanInput, options: CleanOptions = {}): CleanResult {
  const opts = resolve(options);
  return runPage(input, opts, RuleSet.of(options.rules, opts.builtinRules));
}

function runPage(input: CleanInput, opts: ResolvedOptions, ruleSet: RuleSet): CleanResult {
  try { return runStages(input, opts, ruleSet); } catch (e) { throw typedStackOverflow(e); }
}

function runStages(input: CleanInput, opts: ResolvedOptions, ruleSet: RuleSet): CleanResult {
  const decoded = readInput(input, { maxBytes: opts.maxBytes, url: opts.url, defaultEncoding: opts.defaultEncoding });
  const ctx = createContext(opts, decoded.url, decoded.headers);
  if (!decoded.text.trim()) throw new UnchromeError('EMPTY_INPUT', 'the page is empty or whitespace only');
  const format = opts.format === 'auto' ? detectFormat(decoded.text) : opts.format;

  let doc: Document | null = null;
  let facts: HtmlFacts | null = null;
  let extraction: Extraction;
  let overrides: MetaOverrides = {};
  if (format === 'html') {
    doc = parseHtml(decoded.text, opts.dom, () => ctx.checkTime('parse'));
    ctx.checkTime('parse');
    ctx.rules = ruleSet.match({ url: ctx.url, format, text: decoded.text, doc }, ctx.warnings);
    facts = collectHtmlFacts(doc, ctx);
    const hints = applyHtmlRules(ctx, doc);
    overrides = readRuleOverrides(doc, hints);
    ctx.checkTime('rules');
    extraction = extractHtml(doc, ctx, hints.body, decoded.text, facts, hints.sections);
  } else {
    ctx.rules = ruleSet.match({ url: ctx.url, format, text: decoded.text, doc: null }, ctx.warnings);
    extraction = extractTextDump(decoded.text, ctx, textRuleActions(ctx));
    if (!extraction.html) extraction.html = blocksToHtml(extraction.blocks);
  }
  ctx.checkTime('extract');
  return finish(ctx, format, decoded.encoding, extraction, facts, overrides, doc);
}

function finish(
  ctx: PageContext, format: 'html' | 'text', encoding: string, extraction: Extraction,
  facts: HtmlFacts | null, overrides: MetaOverrides, doc: Document | null,
): CleanResult {
  const body = blocksToText(extraction.blocks);
  const meta = resolveMetadata({
    format, facts, url: ctx.url, headers: ctx.headers, extraction, body,
    removedText: ctx.removed.items.map((r) => r.text), referenceDate: ctx.options.referenceDate, updatedDates: ctx.options.updatedDates, overrides,
  });
  ctx.checkTime('metadata');
  const result: CleanResult = {
    url: ctx.url,
    title: meta.title,
    author: meta.author,
    date: meta.date,
    language: meta.language,
    body,
    html: sanitizeArticleHtml(extraction.html, ctx.url),
    paywall: extraction.paywall,
    removed: ctx.removed.items,
    format,
    encoding,
    rules: [],
    dateSource: meta.dateSource,
    dateConfidence: meta.dateConfidence,
    dateKind: meta.dateKind,
    pageType: extraction.pageType,
    pageTypeConfidence: extraction.pageTypeConfidence,
    warnings: ctx.warnings,
  };
  const after = applyAfterHooks(ctx, result, doc, format);
  after.rules = [...ctx.applied];
  return after;
}
