/** The rules stage: which rules apply to a page, and running their HTML actions and hooks. */
import type { Document, Element } from 'domhandler';
import type { Rule, RuleContext, TextRuleActions } from './types.js';
import type { CleanResult } from '../types.js';
import type { PageContext } from '../pipeline/context.js';
import { compileRule, ruleApplies, type CompiledRule, type MatchTarget } from './compile.js';
import { queryAll, removeNode, textOf } from '../dom/query.js';
import { BUILTIN_RULES } from './sites/index.js';

export { compileRule, ruleApplies };
export type { CompiledRule, MatchTarget };

/** Rules compiled once, user rules first. */
export class RuleSet {
  readonly compiled: CompiledRule[];
  constructor(user: Rule[] = [], builtin = true) {
    this.compiled = [
      ...user.map((r) => compileRule(r, 'user')),
      ...(builtin ? BUILTIN_RULES.map((r) => compileRule(r, 'builtin')) : []),
    ];
  }
  /** The rules that apply to a page, in precedence order. A rule whose matching throws is skipped and reported. */
  match(target: MatchTarget, warnings: string[]): CompiledRule[] {
    const out: CompiledRule[] = [];
    for (const c of this.compiled) {
      try {
        if (ruleApplies(c, target)) out.push(c);
      } catch (e) {
        warnings.push(`rule ${c.rule.name}: match failed: ${(e as Error).message}`);
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

/** What the HTML rules say about where the article and its metadata are. */
export interface HtmlRuleHints {
  body: string[];
  title: string[];
  date: string[];
  author: string[];
}

/** Runs `html.remove` and `before` hooks of the matching rules; returns their selectors for body/title/date/author. */
export function applyHtmlRules(ctx: PageContext, doc: Document): HtmlRuleHints {
  const hints: HtmlRuleHints = { body: [], title: [], date: [], author: [] };
  for (const c of ctx.rules) {
    const { rule } = c;
    const rc = ruleContext(ctx, doc, rule.name, 'html');
    try {
      let did = false;
      for (const sel of rule.html?.remove ?? []) did = rc.remove(sel) > 0 || did;
      if (rule.html?.body) hints.body.push(...(Array.isArray(rule.html.body) ? rule.html.body : [rule.html.body]));
      if (rule.html?.title) hints.title.push(rule.html.title);
      if (rule.html?.date) hints.date.push(rule.html.date);
      if (rule.html?.author) hints.author.push(rule.html.author);
      if (rule.before) { rule.before(doc, rc); did = true; }
      if (did || rule.html) ctx.applied.add(rule.name);
    } catch (e) {
      ctx.warnings.push(`rule ${rule.name} threw: ${(e as Error).message}`);
      ctx.removed.add('rule-error', `${rule.name}: ${(e as Error).message}`);
    }
  }
  return hints;
}

/** The text-dump actions of the matching rules, merged in precedence order. */
export function textRuleActions(ctx: PageContext): Array<{ name: string; actions: TextRuleActions }> {
  return ctx.rules.filter((c) => c.rule.text).map((c) => ({ name: c.rule.name, actions: c.rule.text! }));
}

/** Runs the `after` hooks; a hook that throws is reported and skipped. */
export function applyAfterHooks(ctx: PageContext, result: CleanResult, doc: Document | null, format: 'html' | 'text'): CleanResult {
  let r = result;
  for (const c of ctx.rules) {
    if (!c.rule.after) continue;
    try {
      const next = c.rule.after(r, ruleContext(ctx, doc, c.rule.name, format));
      if (next && typeof next === 'object') r = next;
      ctx.applied.add(c.rule.name);
    } catch (e) {
      ctx.warnings.push(`rule ${c.rule.name} after-hook threw: ${(e as Error).message}`);
    }
  }
  return r;
}
