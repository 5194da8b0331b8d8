/**
 * Applies the text-dump actions of the matching rules (cutBefore, cutAfter, paywall, dropLines) to the
 * lines of a dump: the exact semantics documented on `TextRuleActions`. Called by the text extractor.
 */
import type { TextRuleActions } from './types.js';
import type { Paywall } from '../types.js';
import type { RemovedLog } from '../pipeline/removed.js';

/** Why a rule took a line out of the body. */
export type TextCut = 'before' | 'after' | 'paywall' | 'drop';

export interface TextRuleOutcome {
  /** One entry per input line: `null` when no rule touched it (the extractor decides), else why it is not body. */
  cut: (TextCut | null)[];
  /** Index of the first line the rules leave to the body (lines above are `before`). */
  start: number;
  /** Index just past the last such line (lines from here are `after`). */
  end: number;
  /** A paywall stub a rule recognised (`detected: false, text: null` when none). */
  paywall: Paywall;
  /** Names of the rules that cut, dropped or flagged at least one line. */
  applied: string[];
}

/** Where the outcome is also recorded: the page's removed log and the set of rules that did something. */
export interface TextRuleSink {
  removed?: Pick<RemovedLog, 'add'>;
  applied?: Set<string>;
}

function firstMatch(lines: string[], from: number, to: number, patterns: readonly RegExp[]): number {
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!l) continue;
    for (const re of patterns) if (re.test(l)) return i;
  }
  return -1;
}

function anyMatch(line: string, patterns: readonly RegExp[] | undefined): boolean {
  if (!patterns || !line) return false;
  for (const re of patterns) if (re.test(line)) return true;
  return false;
}

/**
 * Runs the rules' text actions, in precedence order, over the lines of a dump.
 * Lines are compared with surrounding whitespace removed; blank lines never match.
 *
 * @param rawLines the dump's lines, as split by the extractor (one entry per line).
 * @param rules `textRuleActions(ctx)`: the matching rules' actions, user rules first.
 * @param sink optional: logs what was cut in `removed` (reason `rule:<name>`) and marks the rules as applied.
 */
export function applyTextRules(
  rawLines: readonly string[], rules: ReadonlyArray<{ name: string; actions: TextRuleActions }>, sink: TextRuleSink = {},
): TextRuleOutcome {
  const n = rawLines.length;
  const cut: (TextCut | null)[] = new Array<TextCut | null>(n).fill(null);
  const out: TextRuleOutcome = { cut, start: 0, end: n, paywall: { detected: false, text: null }, applied: [] };
  if (!rules.length || !n) return out;
  const lines = rawLines.map((l) => l.trim());
  const owner: (string | null)[] = new Array<string | null>(n).fill(null);
  const did = new Set<string>();
  let start = 0;
  let end = n;
  let tailStub: string | null = null;

  // Steps 1–2, rule after rule: each narrows the window the previous ones left.
  for (const { name, actions } of rules) {
    if (actions.cutBefore?.length) {
      const i = firstMatch(lines, start, end, actions.cutBefore);
      if (i > start) {
        for (let k = start; k < i; k++) { cut[k] = 'before'; owner[k] = name; }
        if (lines.slice(start, i).some(Boolean)) did.add(name);
        start = i;
      }
    }
    if (actions.cutAfter?.length) {
      const j = firstMatch(lines, start, end, actions.cutAfter);
      if (j >= 0) {
        for (let k = j; k < end; k++) {
          // A stub where the article stops is still its paywall: the rule's own paywall patterns see its cut tail.
          const stub = anyMatch(lines[k]!, actions.paywall);
          cut[k] = stub ? 'paywall' : 'after'; owner[k] = name;
          if (stub) { did.add(name); tailStub ??= lines[k]!; }
        }
        did.add(name);
        end = j;
      }
    }
  }

  // Steps 3–4 on what is left: a paywall stub is reported before any rule may drop the line.
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (!l) continue;
    for (const { name, actions } of rules) {
      if (anyMatch(l, actions.paywall)) {
        cut[i] = 'paywall'; owner[i] = name; did.add(name);
        if (!out.paywall.detected) out.paywall = { detected: true, text: l };
        break;
      }
    }
    if (cut[i]) continue;
    for (const { name, actions } of rules) {
      if (anyMatch(l, actions.dropLines)) { cut[i] = 'drop'; owner[i] = name; did.add(name); break; }
    }
  }

  if (!out.paywall.detected && tailStub !== null) out.paywall = { detected: true, text: tailStub };
  out.start = start;
  out.end = end;
  out.applied = rules.map((r) => r.name).filter((nm) => did.has(nm));
  if (sink.applied) for (const nm of out.applied) sink.applied.add(nm);
  if (sink.removed) logRuns(lines, cut, owner, sink.removed);
  return out;
}

/** One `removed` entry per run of consecutive lines cut the same way by the same rule (blank lines do not break a run). */
function logRuns(lines: string[], cut: (TextCut | null)[], owner: (string | null)[], removed: Pick<RemovedLog, 'add'>): void {
  let run: string[] = [];
  let key = '';
  const flush = (): void => {
    if (run.length) removed.add(key.slice(key.indexOf('|') + 1), run.join(' / '));
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l) continue;
    const k = cut[i] ? `${cut[i]!}|rule:${owner[i]!}` : '';
    if (k !== key) { flush(); key = k; }
    if (k) run.push(l);
  }
  flush();
}
