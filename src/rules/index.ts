/** The rules stage: which rules apply to a page (RuleSet), and running their HTML actions and hooks safely. */
import type { Document, Element } from 'domhandler';
import type { Rule, RuleContext, TextRuleActions } from './types.js';
import type { CleanResult, Paywall } from '../types.js';
import type { PageContext } from '../pipeline/context.js';
import type { RemovedLog } from '../pipeline/removed.js';
import { UnchromeError } from '../errors.js';
import { compileRule, ruleApplies, PageProbe, hostKey, hostSuffixes, type CompiledRule, type MatchTarget } from './compile.js';
import { asRule, defineRule } from './define.js';
import { queryAll, queryOne, removeNode, textOf, squash } from '../dom/query.js';
import { BUILTIN_RULES } from './sites/index.js';

export { compileRule, ruleApplies, defineRule };
export { applyTextRules, type TextRuleOutcome, type TextCut } from './text.js';
export type { CompiledRule, MatchTarget };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Where rule failures are reported: the page's warnings, and its removed log when there is one. */
type FailureSink = string[] | { warnings: string[]; removed?: Pick<RemovedLog, 'add'> };

function report(sink: FailureSink, rule: string, stage: string, e: unknown): void {
  const warnings = Array.isArray(sink) ? sink : sink.warnings;
  warnings.push(`rule ${rule}: ${stage} threw: ${message(e)}`);
  if (!Array.isArray(sink)) sink.removed?.add('rule-error', `${rule} (${stage}): ${message(e)}`);
}

const setCache = new WeakMap<Rule[], { builtin: boolean; snapshot: Rule[]; set: RuleSet }>();

/**
 * Rules checked and compiled once, in precedence order: user rules (in the order given), then the
 * built-in ones. A user rule named like a built-in one replaces it; two user rules with the same name
 * are an error (`RULE_ERROR`).
 */
export class RuleSet {
  readonly compiled: CompiledRule[];
  /** Indexes into `compiled` of the rules whose every host pattern is anchored on a literal domain, by that domain. */
  private readonly byHost = new Map<string, number[]>();
  /** Indexes of the rules that must be tested on every page (no hosts, or a host pattern that cannot be indexed). */
  private readonly always: number[] = [];
  constructor(user: Rule[] = [], builtin = true) {
    const seen = new Set<string>();
    const users = user.map((r) => {
      const checked = asRule(r);
      if (seen.has(checked.name)) throw new UnchromeError('RULE_ERROR', `two rules are named "${checked.name}": rule names must be unique`);
      seen.add(checked.name);
      return compileRule(checked, 'user');
    });
    const builtins = builtin ? BUILTIN_RULES.filter((r) => !seen.has(r.name)).map((r) => compileRule(r, 'builtin')) : [];
    this.compiled = [...users, ...builtins];
    this.compiled.forEach((c, i) => {
      const keys = (c.rule.match.hosts ?? []).map(hostKey);
      if (!keys.length || keys.some((k) => k === null)) { this.always.push(i); return; }
      for (const k of new Set(keys as string[])) {
        const list = this.byHost.get(k);
        if (list) list.push(i); else this.byHost.set(k, [i]);
      }
    });
  }

  /**
   * The RuleSet for these options, reused while the same array holds the same rules: `clean()` called
   * page after page with one `rules` array compiles and indexes them once.
   */
  static of(user: Rule[] | undefined, builtin: boolean): RuleSet {
    if (!user || !user.length) return builtin ? (RuleSet.builtinOnly ??= new RuleSet([], true)) : (RuleSet.none ??= new RuleSet([], false));
    const hit = setCache.get(user);
    if (hit && hit.builtin === builtin && hit.snapshot.length === user.length && hit.snapshot.every((r, i) => r === user[i])) return hit.set;
    const set = new RuleSet(user, builtin);
    setCache.set(user, { builtin, snapshot: [...user], set });
    return set;
  }
  private static builtinOnly: RuleSet | undefined;
  private static none: RuleSet | undefined;

  /** Indexes of the rules worth testing on a page with this host, in precedence order: a host lookup, not a scan. */
  private candidates(host: string | null): number[] {
    if (!this.byHost.size || !host) return this.always;
    let found: number[] | null = null;
    for (const suffix of hostSuffixes(host)) {
      const list = this.byHost.get(suffix);
      if (list) found = found ? found.concat(list) : list.slice();
    }
    if (!found) return this.always;
    return [...new Set(found.concat(this.always))].sort((a, b) => a - b);
  }

  /** The rules that apply to a page, in precedence order. A rule whose matching throws is reported and skipped. */
  match(target: MatchTarget, sink: FailureSink): CompiledRule[] {
    const out: CompiledRule[] = [];
    if (!this.compiled.length) return out;
    const probe = new PageProbe(target);
    for (const i of this.candidates(probe.host)) {
      const c = this.compiled[i]!;
      try {
        if (ruleApplies(c, probe)) out.push(c);
      } catch (e) {
        report(sink, c.rule.name, 'match', e);
      }
    }
    return out;
  }
}

function ruleContext(ctx: PageContext, doc: Document | null, name: string, format: 'html' | 'text'): RuleContext {
  return {
    url: ctx.url,
    format,
    rule: name,
    select: (selector: string): Element[] => (doc ? queryAll(doc, selector) : []),
    remove: (selector: string): number => {
      if (!doc) return 0;
      const found = queryAll(doc, selector);
      for (const el of found) {
        ctx.removed.add(`rule:${name}`, textOf(el));
        removeNode(el);
      }
      return found.length;
    },
  };
}

/** Paywall stubs found by `html.paywall` selectors, per page, until the result is built. */
const paywallOf = new WeakMap<PageContext, Paywall>();

/** What the HTML rules say about where the article and its metadata are, in precedence order. */
export interface HtmlRuleHints {
  body: string[];
  /** The article's parts (`html.sections`) of the first rule whose sections match, when no body selector matched. */
  sections: string[];
  title: string[];
  date: string[];
  author: string[];
}

/**
 * Runs `html.remove` and the `before` hooks of the matching rules, in precedence order, and collects
 * their selectors for body/title/date/author. A rule that throws is reported and its hints are not used.
 * A rule counts as applied when it removed something, ran a hook, or one of its selectors finds an element.
 */
export function applyHtmlRules(ctx: PageContext, doc: Document): HtmlRuleHints {
  const hints: HtmlRuleHints = { body: [], sections: [], title: [], date: [], author: [] };
  const kept: Array<{ name: string; html: NonNullable<Rule['html']> }> = [];
  for (const { rule } of ctx.rules) {
    if (!rule.html && !rule.before) continue;
    const rc = ruleContext(ctx, doc, rule.name, 'html');
    try {
      let did = false;
      for (const sel of rule.html?.remove ?? []) did = rc.remove(sel) > 0 || did;
      for (const sel of rule.html?.paywall ?? []) {
        for (const el of queryAll(doc, sel)) {
          const text = squash(textOf(el));
          if (!paywallOf.has(ctx)) paywallOf.set(ctx, { detected: true, text: text || null });
          ctx.removed.add(`rule:${rule.name}`, text);
          removeNode(el);
          did = true;
        }
      }
      if (rule.before) { rule.before(doc, rc); did = true; }
      if (did) ctx.applied.add(rule.name);
      if (rule.html) kept.push({ name: rule.name, html: rule.html });
    } catch (e) {
      report(ctx, rule.name, 'before', e);
    }
  }
  // Selectors are looked up after every rule has removed its chrome. Only the first body selector that
  // finds an element is handed on, so "first that matches wins" holds whatever the extractor does with the list.
  for (const { name, html } of kept) {
    const body = html.body === undefined ? [] : Array.isArray(html.body) ? html.body : [html.body];
    const meta = (['title', 'date', 'author'] as const).filter((k) => html[k] !== undefined);
    let found = false;
    try {
      if (!hints.body.length) {
        const winner = body.find((s) => queryOne(doc, s) !== null);
        if (winner) { hints.body.push(winner); found = true; }
      }
      for (const k of meta) if (queryOne(doc, html[k]!) !== null) { hints[k].push(html[k]!); found = true; }
      const sections = html.sections ?? [];
      if (!hints.sections.length && sections.some((s) => queryOne(doc, s) !== null)) { hints.sections.push(...sections); found = true; }
    } catch (e) {
      report(ctx, name, 'html selectors', e);
      continue;
    }
    if (found) ctx.applied.add(name);
  }
  // a body that matched wins over any rule's sections
  if (hints.body.length) hints.sections.length = 0;
  return hints;
}

/** The text-dump actions of the matching rules, in precedence order; hand them to `applyTextRules`. */
export function textRuleActions(ctx: PageContext): Array<{ name: string; actions: TextRuleActions }> {
  return ctx.rules.filter((c) => c.rule.text).map((c) => ({ name: c.rule.name, actions: c.rule.text! }));
}

/**
 * Runs the `after` hooks in precedence order. A hook returns the result (or nothing, to keep it); an
 * object it returns is merged over the current result, so a hook cannot drop contract fields. A hook
 * that throws, or returns something that is not a result, is reported and skipped.
 */
export function applyAfterHooks(ctx: PageContext, result: CleanResult, doc: Document | null, format: 'html' | 'text'): CleanResult {
  let r = result;
  const stub = paywallOf.get(ctx);
  if (stub && !r.paywall.detected) r = { ...r, paywall: stub };
  for (const c of ctx.rules) {
    const hook = c.rule.after;
    if (!hook) continue;
    try {
      const next: unknown = hook({ ...r, removed: [...r.removed], warnings: [...r.warnings], rules: [...r.rules] }, ruleContext(ctx, doc, c.rule.name, format));
      if (next !== undefined) {
        if (next === null || typeof next !== 'object' || typeof (next as CleanResult).body !== 'string') {
          throw new Error('the after hook must return the result object (with a string body) or nothing');
        }
        r = { ...r, ...(next as CleanResult) };
      }
      ctx.applied.add(c.rule.name);
    } catch (e) {
      report(ctx, c.rule.name, 'after', e);
      // An earlier hook may have returned its own arrays: report there too.
      if (r.warnings !== ctx.warnings) r = { ...r, warnings: [...r.warnings, ctx.warnings[ctx.warnings.length - 1]!] };
      if (r.removed !== ctx.removed.items) r = { ...r, removed: [...r.removed, { reason: 'rule-error', text: `${c.rule.name} (after): ${message(e)}` }] };
    }
  }
  orderApplied(ctx);
  return r;
}

/** Rewrites `ctx.applied` in precedence order (stages add names as they act), so `result.rules` is stable. */
function orderApplied(ctx: PageContext): void {
  if (ctx.applied.size < 2) return;
  const done = new Set(ctx.applied);
  ctx.applied.clear();
  for (const c of ctx.rules) if (done.delete(c.rule.name)) ctx.applied.add(c.rule.name);
  for (const name of done) ctx.applied.add(name);
}
