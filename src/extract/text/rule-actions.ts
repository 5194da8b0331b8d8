/** Applies site rules' text actions (dropLines, cutAfter, cutBefore, paywall) to the dump's lines. */
import type { PageContext } from '../../pipeline/context.js';
import type { TextRuleActions } from '../../rules/types.js';
import type { DumpLine } from './lines.js';

export interface RuleOutcome {
  lines: DumpLine[];
  /** Indexes (into `lines`) of lines a rule marked as paywall stubs. */
  paywall: Set<number>;
}

const test = (res: RegExp[] | undefined, s: string): boolean => !!res?.some((re) => { re.lastIndex = 0; return re.test(s); });

export function applyTextRules(input: DumpLine[], ctx: PageContext, rules: Array<{ name: string; actions: TextRuleActions }>): RuleOutcome {
  let lines = input;
  const paywallTexts = new Set<DumpLine>();
  for (const { name, actions: a } of rules) {
    const reason = `rule:${name}`;
    let did = false;
    try {
      if (a.cutBefore?.length) {
        const k = lines.findIndex((l) => test(a.cutBefore, l.raw));
        if (k > 0) { for (const l of lines.slice(0, k)) ctx.removed.add(reason, l.raw); lines = lines.slice(k); did = true; }
      }
      if (a.cutAfter?.length) {
        const k = lines.findIndex((l) => test(a.cutAfter, l.raw));
        if (k >= 0) {
          for (const l of lines.slice(k)) {
            if (test(a.paywall, l.raw)) paywallTexts.add(l); else ctx.removed.add(reason, l.raw);
          }
          // paywall lines after the cut are still reported as the paywall
          lines = lines.slice(0, k).concat(lines.slice(k).filter((l) => paywallTexts.has(l)));
          did = true;
        }
      }
      if (a.dropLines?.length) {
        const kept = lines.filter((l) => { const drop = test(a.dropLines, l.raw); if (drop) ctx.removed.add(reason, l.raw); return !drop; });
        if (kept.length !== lines.length) { lines = kept; did = true; }
      }
      if (a.paywall?.length) for (const l of lines) if (test(a.paywall, l.raw)) { paywallTexts.add(l); did = true; }
    } catch (e) {
      ctx.warnings.push(`rule ${name} text action threw: ${(e as Error).message}`);
    }
    if (did) ctx.applied.add(name);
  }
  const paywall = new Set<number>();
  lines.forEach((l, i) => { if (paywallTexts.has(l)) paywall.add(i); });
  return { lines, paywall };
}
