/**
 * Site rules: the public, declarative shape users write (`defineRule`) — a contract: docs, tests and
 * users' rule files depend on it. Change it only by adding optional fields.
 */
import type { Document, Element } from 'domhandler';
import type { CleanResult } from '../types.js';

/**
 * Where a rule applies. Every part that is given must hold (AND); a rule whose `match` gives no part
 * never applies. Parts are tested cheapest first: `format`, `hosts`, `urls`, `signature.text`,
 * `signature.selector`. `hosts` and `urls` need the page's URL: without one they never hold.
 */
export interface RuleMatch {
  /**
   * Host names, compared case-insensitively with the URL's host name:
   * `example.com` matches `example.com` and `www.example.com`;
   * `*.example.com` matches the bare domain and any subdomain (`a.b.example.com`);
   * `*` inside a label matches within that label only (`news*.example.com`).
   * One of the list must match.
   */
  hosts?: string[];
  /**
   * URL patterns, one of which must match: a string is a glob on the full URL, case-insensitive, where
   * `*` is any run of characters (`https://www.163.com/dy/article/*`); a RegExp is tested on the full URL.
   */
  urls?: (string | RegExp)[];
  /** Content signature: every part given must hold. */
  signature?: {
    /** A CSS selector (css-select syntax) that must match at least one element. HTML input only: never holds for text dumps. */
    selector?: string;
    /**
     * A RegExp that must match the page's text: the HTML source for HTML input, the dump itself for text
     * dumps. Only the first `within` characters are tested.
     */
    text?: RegExp;
    /** How many characters from the start of the page `text` is tested on (default 65 536; `Infinity` for all). */
    within?: number;
  };
  /** Only for this input format (after detection): `html` or `text`. */
  format?: 'html' | 'text';
}

/** Declarative HTML actions, run after parsing and before extraction, in precedence order. */
export interface HtmlRuleActions {
  /**
   * Selector(s) of the article container, tried in order; the first that matches an element wins.
   * With several rules, the first rule's selectors come first. The generic extractor is used when none matches.
   */
  body?: string | string[];
  /**
   * Selectors of the article's parts, for an article spread over several elements (a product page's bullets,
   * description and details in separate boxes): every element one of them matches — the outermost, in the page's
   * order — is the article, as `body`'s one element would be. Used when no rule's `body` matched; with several
   * rules, the first rule whose `sections` match an element gives them all. The generic extractor is used when
   * none matches.
   */
  sections?: string[];
  /** Selectors of chrome to drop before extraction; every matching element is removed and logged as `rule:<name>`. */
  remove?: string[];
  /**
   * Selectors of paywall stubs and subscribe boxes: every matching element is removed before extraction,
   * and the page is reported as paywalled (`result.paywall`: `detected: true`, `text`: the first one's text).
   */
  paywall?: string[];
  /**
   * Selectors for the title, date and author. The first matching element gives the value: its `content`
   * attribute, else `datetime`, else its text (whitespace collapsed). They win over what the page's
   * metadata and the heuristics say.
   */
  title?: string;
  date?: string;
  author?: string;
}

/**
 * Declarative text-dump actions. Every pattern is tested on each line of the dump with leading and
 * trailing whitespace removed (so `^…$` anchors the whole visible line; bullets like `•` stay part of it).
 * Steps, for each matching rule in precedence order, then for all of them together:
 *
 * 1. `cutBefore`: the first line (from the top of what earlier rules kept) matching one of the patterns
 *    starts the article: every line above it is chrome; the matching line itself stays.
 * 2. `cutAfter`: the first line at or below that start matching one of the patterns ends the article:
 *    that line and every line below it are chrome. The same rule's `paywall` patterns are still tested
 *    on the lines it cut this way (a paywall stub marks where an article stops).
 * 3. `paywall`: a remaining line matching one of the patterns (of any matching rule) is a paywall stub:
 *    it is removed from the body and reported in `result.paywall` (`detected: true`, `text`: the first
 *    such line, top to bottom of the kept lines, else of the cut tails).
 * 4. `dropLines`: a remaining line matching one of the patterns is removed wherever it is.
 *
 * A pattern that matches nothing does nothing. Lines cut by a rule are never part of the body, but the
 * extractor may still read them for the title, date and author (a dump's title is often above the cut).
 */
export interface TextRuleActions {
  /** Lines to drop wherever they are (step 4). */
  dropLines?: RegExp[];
  /** The first line matching one of these, and everything after it, is chrome (step 2). */
  cutAfter?: RegExp[];
  /** Everything before the first line matching one of these is chrome; the line itself stays (step 1). */
  cutBefore?: RegExp[];
  /** Lines that are a paywall stub: removed from the body and reported in `paywall` (step 3). */
  paywall?: RegExp[];
}

/** What a hook sees. */
export interface RuleContext {
  url: string | null;
  format: 'html' | 'text';
  /** The rule's name. */
  rule: string;
  /** Elements matching a selector in the page (HTML only; empty for text dumps). */
  select(selector: string): Element[];
  /** Removes every element matching a selector, logged in `removed` as `rule:<name>`; returns how many (0 for text dumps). */
  remove(selector: string): number;
}

/** A site rule. Build one with `defineRule()`, which checks it and returns it frozen. */
export interface Rule {
  /** Required, unique among the rules of a cleaner (1–100 characters, no control characters, no surrounding spaces). */
  name: string;
  match: RuleMatch;
  html?: HtmlRuleActions;
  text?: TextRuleActions;
  /**
   * HTML only, after parsing and the `html.remove` selectors, before extraction. `doc` is a domhandler
   * Document (htmlparser2's tree; use `domutils`/`css-select` or `ctx.select`/`ctx.remove`).
   * A hook that throws is reported in `warnings` and `removed` and the rule's other HTML actions are skipped.
   */
  before?: (doc: Document, ctx: RuleContext) => void;
  /**
   * After extraction and metadata, for HTML and text dumps: return the (possibly changed) result.
   * Returning nothing keeps the result as it is; a returned object is merged over it. A hook that
   * throws is reported and skipped.
   */
  after?: (result: CleanResult, ctx: RuleContext) => CleanResult | void;
}
