/** Applies site rules' text actions (dropLines, cutAfter, cutBefore, paywall) to the dump's lines, via the rules module's `applyTextRules`. */
import type { PageContext } from '../../pipeline/context.js';
import type { TextRuleActions } from '../../rules/types.js';
import { applyTextRules as applyRules } from '../../rules/text.js';
import type { DumpLine } from './lines.js';

export interface RuleOutcome {
  lines: DumpLine[];
  /** Indexes (into `lines`) of lines a rule marked as paywall stubs. */
  paywall: Set<number>;
  /** Lines a `cutBefore` removed: not article, but the title and byline may be among them. */
  before: DumpLine[];
}

/**
 * Keeps the lines no rule cut (the semantics documented on `TextRuleActions`, implemented once in
 * src/rules/text.ts); paywall stubs stay in `lines`, flagged in `paywall`, so they are reported, never kept.
 */
export function applyTextRules(input: DumpLine[], ctx: PageContext, rules: Array<{ name: string; actions: TextRuleActions }>): RuleOutcome {
  const o = applyRules(input.map((l) => l.raw), rules, ctx);
  const lines: DumpLine[] = [];
  const paywall = new Set<number>();
  const before: DumpLine[] = [];
  input.forEach((l, i) => {
    const cut = o.cut[i];
    if (cut === 'before') before.push(l);
    if (cut === 'paywall') paywall.add(lines.length);
    if (!cut || cut === 'paywall') lines.push(l);
  });
  return { lines, paywall, before };
}
