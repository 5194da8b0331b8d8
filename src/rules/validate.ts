/** Checks a rule definition field by field and returns a normalized, deeply frozen copy, or throws `RULE_ERROR`. */
import type { Rule, RuleMatch, HtmlRuleActions, TextRuleActions } from './types.js';
import { UnchromeError } from '../errors.js';
import { compileSelector } from '../dom/query.js';

/** Allowed keys at each level of a rule: anything else is a typo and an error. */
const KEYS = {
  rule: ['name', 'match', 'html', 'text', 'before', 'after'],
  match: ['hosts', 'urls', 'signature', 'format'],
  signature: ['selector', 'text', 'within'],
  html: ['body', 'sections', 'remove', 'paywall', 'title', 'date', 'author'],
  text: ['dropLines', 'cutAfter', 'cutBefore', 'paywall'],
} as const;

const TEXT_ACTIONS = KEYS.text;
const MAX_NAME = 100;

/** Thrown for an invalid rule; `path` says where (`html.remove[1]`). */
export function ruleError(name: string | null, path: string, msg: string, cause?: unknown): never {
  const who = name ? `rule "${name}"` : 'rule';
  throw new UnchromeError('RULE_ERROR', `${who}: ${path ? path + ': ' : ''}${msg}`, cause === undefined ? undefined : { cause });
}

export function isRegExp(x: unknown): x is RegExp {
  return Object.prototype.toString.call(x) === '[object RegExp]';
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (isRegExp(x)) return `the RegExp ${String(x)}`;
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 60 ? x.slice(0, 60) + '…' : x)}`;
  return `a ${typeof x}`;
}

/** A checker bound to one rule's name, for error messages. */
class Checker {
  constructor(readonly name: string | null) {}

  fail(path: string, msg: string, cause?: unknown): never { return ruleError(this.name, path, msg, cause); }

  object(x: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
    if (!isPlainObject(x)) this.fail(path, `must be an object, got ${describe(x)}`);
    for (const k of Object.keys(x)) {
      if (!keys.includes(k)) this.fail(path ? `${path}.${k}` : k, `unknown field (allowed here: ${keys.join(', ')})`);
    }
    return x;
  }

  string(x: unknown, path: string): string {
    if (typeof x !== 'string' || !x.trim()) this.fail(path, `must be a non-empty string, got ${describe(x)}`);
    return x;
  }

  array(x: unknown, path: string): unknown[] {
    if (!Array.isArray(x)) this.fail(path, `must be an array, got ${describe(x)}`);
    if (x.length === 0) this.fail(path, 'must not be empty (leave the field out instead)');
    return x;
  }

  selector(x: unknown, path: string): string {
    const s = this.string(x, path).trim();
    try { compileSelector(s); } catch (e) { this.fail(path, `invalid CSS selector "${s}": ${(e as Error).message}`, e); }
    return s;
  }

  /** A RegExp, copied without the stateful `g`/`y` flags; one that matches the empty string would match every line. */
  pattern(x: unknown, path: string): RegExp {
    if (!isRegExp(x)) this.fail(path, `must be a RegExp, got ${describe(x)}`);
    const flags = x.flags.replace(/[gy]/g, '');
    const re = new RegExp(x.source, flags);
    if (re.test('')) this.fail(path, `pattern ${String(x)} matches the empty string, so it would match every line`);
    return re;
  }

  patterns(x: unknown, path: string): RegExp[] {
    return this.array(x, path).map((p, i) => this.pattern(p, `${path}[${i}]`));
  }

  host(x: unknown, path: string): string {
    let h = this.string(x, path).trim().toLowerCase();
    if (h.includes('/') || h.includes(':')) this.fail(path, `"${h}" is not a host name (write "example.com", not a URL)`);
    if (/[^\x00-\x7f]/.test(h)) {
      // Internationalized names: compare in the ASCII (punycode) form that URL parsing gives.
      const wild = h.startsWith('*.') ? '*.' : '';
      try { h = wild + new URL(`http://${h.slice(wild.length)}/`).hostname; } catch (e) { this.fail(path, `invalid host name "${h}"`, e); }
    }
    if (!/^(?:\*\.)?(?:[a-z0-9_*-]+\.)*[a-z0-9_*-]+\.?$/.test(h)) this.fail(path, `invalid host name "${h}" (use "example.com" or "*.example.com")`);
    return h.replace(/\.$/, '');
  }

  url(x: unknown, path: string): string | RegExp {
    if (isRegExp(x)) return new RegExp(x.source, x.flags.replace(/[gy]/g, ''));
    const s = this.string(x, path).trim();
    if (/\s/.test(s)) this.fail(path, `URL glob "${s}" contains whitespace`);
    return s;
  }

  fn<T>(x: unknown, path: string): T {
    if (typeof x !== 'function') this.fail(path, `must be a function, got ${describe(x)}`);
    return x as T;
  }
}

function checkMatch(c: Checker, x: unknown): RuleMatch {
  const m = c.object(x, 'match', KEYS.match);
  const out: RuleMatch = {};
  if (m.hosts !== undefined) out.hosts = c.array(m.hosts, 'match.hosts').map((h, i) => c.host(h, `match.hosts[${i}]`));
  if (m.urls !== undefined) out.urls = c.array(m.urls, 'match.urls').map((u, i) => c.url(u, `match.urls[${i}]`));
  if (m.format !== undefined) {
    if (m.format !== 'html' && m.format !== 'text') c.fail('match.format', `must be "html" or "text", got ${describe(m.format)}`);
    out.format = m.format;
  }
  if (m.signature !== undefined) {
    const s = c.object(m.signature, 'match.signature', KEYS.signature);
    const sig: NonNullable<RuleMatch['signature']> = {};
    if (s.selector !== undefined) sig.selector = c.selector(s.selector, 'match.signature.selector');
    if (s.text !== undefined) sig.text = c.pattern(s.text, 'match.signature.text');
    if (s.within !== undefined) {
      if (typeof s.within !== 'number' || !(s.within > 0)) c.fail('match.signature.within', `must be a positive number of characters, got ${describe(s.within)}`);
      if (sig.text === undefined) c.fail('match.signature.within', 'only means something with match.signature.text');
      sig.within = s.within;
    }
    if (sig.selector === undefined && sig.text === undefined) c.fail('match.signature', 'give a selector, a text pattern or both');
    out.signature = sig;
  }
  if (!out.hosts && !out.urls && !out.signature && !out.format) {
    c.fail('match', 'give at least one of hosts, urls, signature, format (an empty match would never apply)');
  }
  return out;
}

function checkHtml(c: Checker, x: unknown): HtmlRuleActions {
  const h = c.object(x, 'html', KEYS.html);
  const out: HtmlRuleActions = {};
  if (h.body !== undefined) {
    out.body = Array.isArray(h.body)
      ? c.array(h.body, 'html.body').map((s, i) => c.selector(s, `html.body[${i}]`))
      : c.selector(h.body, 'html.body');
  }
  if (h.sections !== undefined) out.sections = c.array(h.sections, 'html.sections').map((s, i) => c.selector(s, `html.sections[${i}]`));
  if (h.remove !== undefined) out.remove = c.array(h.remove, 'html.remove').map((s, i) => c.selector(s, `html.remove[${i}]`));
  if (h.paywall !== undefined) out.paywall = c.array(h.paywall, 'html.paywall').map((s, i) => c.selector(s, `html.paywall[${i}]`));
  for (const k of ['title', 'date', 'author'] as const) if (h[k] !== undefined) out[k] = c.selector(h[k], `html.${k}`);
  return out;
}

function checkText(c: Checker, x: unknown): TextRuleActions {
  const t = c.object(x, 'text', KEYS.text);
  const out: TextRuleActions = {};
  for (const k of TEXT_ACTIONS) if (t[k] !== undefined) out[k] = c.patterns(t[k], `text.${k}`);
  return out;
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !isRegExp(x) && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) if (typeof v !== 'function') deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

/** Validates a rule definition and returns a normalized, frozen copy (hooks kept as given). */
export function validateRule(x: unknown): Rule {
  if (!isPlainObject(x)) ruleError(null, '', `a rule must be an object, got ${describe(x)}`);
  const rawName = x.name;
  if (typeof rawName !== 'string' || !rawName.trim()) ruleError(null, 'name', `is required: a non-empty string, got ${describe(rawName)}`);
  // eslint-disable-next-line no-control-regex
  if (rawName !== rawName.trim() || rawName.length > MAX_NAME || /[\x00-\x1f\x7f]/.test(rawName)) {
    ruleError(null, 'name', `"${rawName.slice(0, MAX_NAME)}" must be 1–${MAX_NAME} characters, without control characters or surrounding spaces`);
  }
  const c = new Checker(rawName);
  c.object(x, '', KEYS.rule);
  if (x.match === undefined) c.fail('match', 'is required');
  const rule: Rule = { name: rawName, match: checkMatch(c, x.match) };
  if (x.html !== undefined) rule.html = checkHtml(c, x.html);
  if (x.text !== undefined) rule.text = checkText(c, x.text);
  if (x.before !== undefined) rule.before = c.fn<Rule['before']>(x.before, 'before');
  if (x.after !== undefined) rule.after = c.fn<Rule['after']>(x.after, 'after');
  if (!rule.html && !rule.text && !rule.before && !rule.after) c.fail('', 'does nothing: give html, text, before or after');
  if (rule.before && rule.match.format === 'text') c.fail('before', 'runs on HTML only, but match.format is "text"');
  return deepFreeze(rule);
}
