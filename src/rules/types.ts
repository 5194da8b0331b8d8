/**
 * Site rules: the public, declarative shape users write (`defineRule`) — a contract: docs, tests and
 * users' rule files depend on it.
 */
import type { Document, Element } from 'domhandler';
import type { CleanResult } from '../types.js';

/** Where a rule applies. Every part that is given must hold. */
export interface RuleMatch {
  /** Host names: `example.com` (also matches `www.example.com`), `*.example.com` (any subdomain, and the bare domain). */
  hosts?: string[];
  /** URL patterns: a string is a glob on the full URL (`*` any run of characters), or a RegExp. */
  urls?: (string | RegExp)[];
  /** Content signature: a selector that must exist (HTML) and/or a RegExp that must match the text. */
  signature?: { selector?: string; text?: RegExp };
}

/** Declarative HTML actions. */
export interface HtmlRuleActions {
  /** Selector(s) of the article container; the first that matches wins. */
  body?: string | string[];
  /** Selectors of chrome to drop before extraction. */
  remove?: string[];
  /** Selectors for title, date, author: the element's `content`/`datetime` attribute, else its text. */
  title?: string;
  date?: string;
  author?: string;
}

/** Declarative text-dump actions; patterns are tested against each (trimmed) line. */
export interface TextRuleActions {
  /** Lines to drop wherever they are. */
  dropLines?: RegExp[];
  /** A line matching one of these, and everything after it, is chrome. */
  cutAfter?: RegExp[];
  /** Everything before a line matching one of these is chrome (the line itself stays). */
  cutBefore?: RegExp[];
  /** Lines that are a paywall stub: removed from the body and reported in `paywall`. */
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
  /** Removes every element matching a selector, logged in `removed` as `rule:<name>`; returns how many. */
  remove(selector: string): number;
}

export interface Rule {
  /** Required, unique. */
  name: string;
  match: RuleMatch;
  html?: HtmlRuleActions;
  text?: TextRuleActions;
  /** HTML only, after parsing and before extraction. `doc` is a domhandler Document (htmlparser2's tree). */
  before?: (doc: Document, ctx: RuleContext) => void;
  /** After extraction: return the (possibly changed) result. */
  after?: (result: CleanResult, ctx: RuleContext) => CleanResult;
}
