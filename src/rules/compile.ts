/** Compiles a checked rule once (hosts and URL globs to RegExps) and decides, cheapest test first, whether it applies. */
import type { Document } from 'domhandler';
import type { Rule } from './types.js';
import { queryOne } from '../dom/query.js';

/** Default number of characters of the page a `signature.text` pattern is tested on. */
export const SIGNATURE_WITHIN = 65_536;

export interface CompiledRule {
  rule: Rule;
  /** Where it came from: `user` or `builtin`. */
  origin: 'user' | 'builtin';
  format: 'html' | 'text' | null;
  hosts: RegExp[];
  urls: RegExp[];
  sigText: RegExp | null;
  /** Characters of the page `sigText` is tested on. */
  sigWithin: number;
  sigSelector: string | null;
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `example.com` matches it and `www.example.com`; `*.example.com` matches the bare domain and any
 * subdomain; another `*` matches within one label.
 */
export function hostPattern(host: string): RegExp {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const label = (s: string): string => escape(s).replace(/\*/g, '[^.]*');
  if (h.startsWith('*.')) return new RegExp(`^(?:[^.]+\\.)*${label(h.slice(2))}$`);
  return new RegExp(`^(?:www\\.)?${label(h)}$`);
}

/**
 * The literal domain a host pattern is anchored on (`*.163.com` → `163.com`, `news*.example.com` →
 * `example.com`), used to index rules by host; null when the last label has a wildcard.
 */
export function hostKey(host: string): string | null {
  const labels = host.trim().toLowerCase().replace(/\.$/, '').split('.');
  let i = labels.length;
  while (i > 0 && !labels[i - 1]!.includes('*')) i--;
  return i < labels.length ? labels.slice(i).join('.') : null;
}

/** The host and each of its parent domains: `a.b.com` → `a.b.com`, `b.com`, `com`. */
export function hostSuffixes(host: string): string[] {
  const out = [host];
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) out.push(host.slice(i + 1));
  return out;
}

/** A glob on the full URL, case-insensitive: `*` is any run of characters, everything else is literal. */
export function urlGlob(glob: string): RegExp {
  return new RegExp('^' + glob.split('*').map(escape).join('.*') + '$', 'i');
}

const compiledCache = new WeakMap<Rule, CompiledRule>();

/** Compiles a rule that `defineRule` checked; cached per rule object and origin. */
export function compileRule(rule: Rule, origin: 'user' | 'builtin'): CompiledRule {
  const hit = compiledCache.get(rule);
  if (hit && hit.origin === origin) return hit;
  const m = rule.match;
  const c: CompiledRule = {
    rule,
    origin,
    format: m.format ?? null,
    hosts: (m.hosts ?? []).map(hostPattern),
    urls: (m.urls ?? []).map((u) => (typeof u === 'string' ? urlGlob(u) : u)),
    sigText: m.signature?.text ?? null,
    sigWithin: m.signature?.within ?? SIGNATURE_WITHIN,
    sigSelector: m.signature?.selector ?? null,
  };
  compiledCache.set(rule, c);
  return c;
}

export interface MatchTarget {
  url: string | null;
  format: 'html' | 'text';
  /** The decoded page (HTML source or the dump's text). */
  text: string;
  doc: Document | null;
}

/** What every rule's test needs from the page, computed once per page. */
export class PageProbe {
  readonly host: string | null;
  private readonly prefixes = new Map<number, string>();
  constructor(readonly target: MatchTarget) {
    this.host = hostOf(target.url);
  }
  /** The first `n` characters of the page. */
  prefix(n: number): string {
    const t = this.target.text;
    if (!(n < t.length)) return t;
    let p = this.prefixes.get(n);
    if (p === undefined) { p = t.slice(0, n); this.prefixes.set(n, p); }
    return p;
  }
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null; } catch { return null; }
}

/** Does the rule apply? Every part of `match` that is given must hold; tested cheapest first. */
export function ruleApplies(c: CompiledRule, page: PageProbe | MatchTarget): boolean {
  const p = page instanceof PageProbe ? page : new PageProbe(page);
  const t = p.target;
  let tested = false;
  if (c.format) {
    tested = true;
    if (c.format !== t.format) return false;
  }
  if (c.hosts.length) {
    tested = true;
    const host = p.host;
    if (!host || !c.hosts.some((re) => re.test(host))) return false;
  }
  if (c.urls.length) {
    tested = true;
    const url = t.url;
    if (!url || !c.urls.some((re) => re.test(url))) return false;
  }
  if (c.sigText) {
    tested = true;
    if (!c.sigText.test(p.prefix(c.sigWithin))) return false;
  }
  if (c.sigSelector) {
    tested = true;
    if (!t.doc || !queryOne(t.doc, c.sigSelector)) return false;
  }
  return tested;
}
