/** Compiles rules once (host and URL patterns to RegExps) and decides which apply to a page. */
import type { Document } from 'domhandler';
import type { Rule } from './types.js';
import { queryOne } from '../dom/query.js';

export interface CompiledRule {
  rule: Rule;
  /** Where it came from: `user` or `builtin`. */
  origin: 'user' | 'builtin';
  hosts: RegExp[];
  urls: RegExp[];
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** `example.com` matches it and `www.example.com`; `*.example.com` matches any subdomain and the bare domain. */
export function hostPattern(host: string): RegExp {
  const h = host.trim().toLowerCase();
  if (h.startsWith('*.')) return new RegExp(`^(?:[^.]+\\.)*${escape(h.slice(2))}$`);
  return new RegExp(`^(?:www\\.)?${escape(h).replace(/\\\*|\*/g, '[^.]*')}$`);
}

/** A glob on the full URL: `*` is any run of characters. */
export function urlGlob(glob: string): RegExp {
  return new RegExp('^' + glob.split('*').map(escape).join('.*') + '$', 'i');
}

export function compileRule(rule: Rule, origin: 'user' | 'builtin'): CompiledRule {
  return {
    rule,
    origin,
    hosts: (rule.match.hosts ?? []).map(hostPattern),
    urls: (rule.match.urls ?? []).map((u) => (typeof u === 'string' ? urlGlob(u) : u)),
  };
}

export interface MatchTarget {
  url: string | null;
  format: 'html' | 'text';
  /** The decoded page (HTML source or the dump's text). */
  text: string;
  doc: Document | null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.toLowerCase(); } catch { return null; }
}

/** Does the rule apply? Every part of `match` that is given must hold; an empty match never applies. */
export function ruleApplies(c: CompiledRule, t: MatchTarget): boolean {
  const m = c.rule.match;
  let tested = false;
  if (c.hosts.length) {
    tested = true;
    const host = hostOf(t.url);
    if (!host || !c.hosts.some((re) => re.test(host))) return false;
  }
  if (c.urls.length) {
    tested = true;
    if (!t.url || !c.urls.some((re) => { re.lastIndex = 0; return re.test(t.url!); })) return false;
  }
  const sig = m.signature;
  if (sig?.selector) {
    tested = true;
    if (!t.doc || !queryOne(t.doc, sig.selector)) return false;
  }
  if (sig?.text) {
    tested = true;
    sig.text.lastIndex = 0;
    if (!sig.text.test(t.text)) return false;
  }
  return tested;
}
