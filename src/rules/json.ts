/**
 * Rules written as JSON data: the same shape as `defineRule`, where a RegExp is the string "/pattern/flags".
 * JSON rules can never run code: hooks (`before`, `after`) are refused.
 */
import type { Rule } from './types.js';
import { defineRule } from './define.js';
import { ruleError } from './validate.js';
import { UnchromeError } from '../errors.js';

const TEXT_KEYS = ['dropLines', 'cutAfter', 'cutBefore', 'paywall'] as const;
const REGEXP_LITERAL = /^\/([\s\S]+)\/([dgimsuvy]*)$/;

/** Is this string written as a RegExp literal ("/pattern/flags")? */
export function isRegExpString(s: string): boolean {
  return REGEXP_LITERAL.test(s);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Turns "/pattern/flags" into a RegExp; anything else is an error naming the field. */
function toRegExp(name: string | null, path: string, x: unknown): RegExp {
  if (typeof x !== 'string') ruleError(name, path, `must be a RegExp written as a string "/pattern/flags", got ${x === null ? 'null' : typeof x}`);
  const m = REGEXP_LITERAL.exec(x);
  if (!m) ruleError(name, path, `"${x}" is not a RegExp: write it as "/pattern/flags" (for example "/^Related$/i")`);
  try {
    return new RegExp(m[1]!, m[2]);
  } catch (e) {
    return ruleError(name, path, `invalid pattern ${x}: ${(e as Error).message}`, e);
  }
}

function mapList(path: string, x: unknown, f: (v: unknown, p: string) => unknown): unknown {
  return Array.isArray(x) ? x.map((v, i) => f(v, `${path}[${i}]`)) : x; // not an array: defineRule says so
}

/** One rule from parsed JSON: RegExp strings converted, then checked by `defineRule`. */
function ruleFromJson(x: unknown, where: string): Rule {
  if (!isObject(x)) ruleError(null, where, `a rule must be an object, got ${Array.isArray(x) ? 'an array' : x === null ? 'null' : typeof x}`);
  const name = typeof x.name === 'string' ? x.name : null;
  for (const hook of ['before', 'after'] as const) {
    if (hook in x) ruleError(name, hook, 'hooks cannot be given in JSON: JSON rules are data and never run code (write a .js/.mjs rules module for hooks)');
  }
  const out: Record<string, unknown> = { ...x };
  if (isObject(x.match)) {
    const m: Record<string, unknown> = { ...x.match };
    if (m.urls !== undefined) {
      m.urls = mapList('match.urls', m.urls, (u, p) => (typeof u === 'string' && isRegExpString(u) ? toRegExp(name, p, u) : u));
    }
    if (isObject(m.signature)) {
      const s: Record<string, unknown> = { ...m.signature };
      if (s.text !== undefined) s.text = toRegExp(name, 'match.signature.text', s.text);
      m.signature = s;
    }
    out.match = m;
  }
  if (isObject(x.text)) {
    const t: Record<string, unknown> = { ...x.text };
    for (const k of TEXT_KEYS) if (t[k] !== undefined) t[k] = mapList(`text.${k}`, t[k], (v, p) => toRegExp(name, p, v));
    out.text = t;
  }
  return defineRule(out as unknown as Rule);
}

/**
 * Rules from JSON: a JSON string or an already parsed value, holding one rule or an array of rules.
 * In RegExp fields (`match.signature.text`, `text.*`) write "/pattern/flags"; in `match.urls` such a
 * string is a RegExp and any other string a URL glob.
 * @throws {UnchromeError} `RULE_ERROR` for invalid JSON, a hook, an unknown field or an invalid rule.
 */
export function rulesFromJson(json: string | unknown): Rule[] {
  let data: unknown = json;
  if (typeof json === 'string') {
    try { data = JSON.parse(json) as unknown; } catch (e) { ruleError(null, '', `invalid JSON: ${(e as Error).message}`, e); }
  }
  if (Array.isArray(data)) {
    return data.map((r, i) => {
      try { return ruleFromJson(r, ''); } catch (e) { throw atEntry(e, i); }
    });
  }
  return [ruleFromJson(data, '')];
}

/** Says which entry of an array of rules was wrong. */
export function atEntry(e: unknown, i: number): unknown {
  if (e instanceof UnchromeError) return new UnchromeError(e.code, `entry ${i}: ${e.message}`, { cause: e.cause });
  return e;
}
