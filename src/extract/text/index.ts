/** Text-dump path: keeps the article lines of a plain-text page dump and drops the portal chrome. */
import type { PageContext } from '../../pipeline/context.js';
import type { TextRuleActions } from '../../rules/types.js';
import type { Extraction } from '../types.js';
import { splitDump, type DumpLine } from './lines.js';
import { applyTextRules } from './rule-actions.js';
import { pageFeatures, NUM_FEATURES, FEATURE_NAMES } from './features.js';
import { predictProba, blendStages, type GbdtModel } from '../gbdt.js';
import { assemble } from './assemble.js';
import { correctStructure } from './structure.js';
import { forcedDrops } from './forced.js';
import { expectedF1Keep, type DecisionRule } from './decide.js';
import { stackFeatures, STACK_NAMES } from './stack.js';
import { HEADER_LINE_RE } from './patterns.js';
import { lineStats, pickStopList, type LineStats } from './line-stats.js';
import shipped from './model.json' with { type: 'json' };

const MODEL = shipped as unknown as GbdtModel;

export { splitDump, pageFeatures, FEATURE_NAMES, NUM_FEATURES };

/** The dump's lines after the header line and site rules, with their features: what the model scores. */
export interface PreparedDump {
  lines: DumpLine[];
  feats: ReturnType<typeof pageFeatures>;
  paywall: Set<number>;
  /** Lines that go whatever the model says (a cookie-consent dialog, a browser notice) → their removal reason. */
  forced: Map<number, string>;
  headerTitle: string | null;
  headerLine: string | null;
  /** Lines cut by a rule's `cutBefore`, with their evidence (for the title and byline zone). */
  before: { lines: DumpLine[]; stats: LineStats[] };
}

export function prepareDump(text: string, ctx: PageContext | null, ruleActions: Array<{ name: string; actions: TextRuleActions }>): PreparedDump {
  const { lines: all, wrapWidth } = splitDump(text);
  let lines = all;
  let headerTitle: string | null = null; let headerLine: string | null = null;
  const m = lines.length ? HEADER_LINE_RE.exec(lines[0]!.raw) : null;
  if (m) { headerLine = lines[0]!.raw; headerTitle = m[1]!.trim() || null; lines = lines.slice(1); }
  let paywall = new Set<number>();
  let beforeLines: DumpLine[] = [];
  if (ctx && ruleActions.length) ({ lines, paywall, before: beforeLines } = applyTextRules(lines, ctx, ruleActions));
  const feats = pageFeatures(lines, wrapWidth);
  feats.stats.forEach((s, i) => { if (s.paywall) paywall.add(i); });
  paywall = new Set([...paywall].sort((a, b) => a - b));
  const stops = beforeLines.length ? pickStopList(lines) : null;
  const before = { lines: beforeLines, stats: stops ? beforeLines.map((l) => lineStats(l, stops)) : [] };
  return { lines, feats, paywall, forced: forcedDrops(lines, feats.stats), headerTitle, headerLine, before };
}

/** Keep/drop per line from the model's probabilities; stubs, notices, consent dialogs and browser notices always go. */
export function decideKeep(p: PreparedDump, proba: Float64Array, threshold: number, structure = true, rule?: DecisionRule, reasons?: Map<number, string>): boolean[] {
  const gone = (i: number): boolean => p.paywall.has(i) || p.feats.stats[i]!.notice || p.forced.has(i);
  // lines that go whatever the model says are no article words to expect either
  if (p.paywall.size || p.forced.size || p.feats.stats.some((s) => s.notice)) proba = proba.map((v, i) => (gone(i) ? 0 : v));
  const base = rule ? expectedF1Keep(proba, p.feats.stats.map((s) => s.words), rule) : null;
  const keep = p.lines.map((_, i) => (base ? base[i]! : proba[i]! >= threshold));
  if (structure) correctStructure(p.lines, p.feats.stats, keep, reasons);
  // last, so that no correction (a table kept whole inside the article) brings back a line that always goes
  for (let i = 0; i < keep.length; i++) if (keep[i] && gone(i)) keep[i] = false;
  return keep;
}

/** Probability that each line is article text: stage one, then stage two over stage one's neighbourhood. */
export function scoreLines(p: PreparedDump, model: GbdtModel): Float64Array {
  if (!model.trees.length) return new Float64Array(p.lines.length).fill(1);
  const p1 = predictProba(model, p.feats.x, NUM_FEATURES);
  if (!model.stage2) return p1;
  const x2 = stackFeatures(p.feats.x, NUM_FEATURES, p1, p.feats.stats, p.lines.map((l) => l.blankBefore));
  const p2 = predictProba(model.stage2, x2, NUM_FEATURES + STACK_NAMES.length);
  return blendStages(p1, p2, model.stage2Weight ?? 1);
}

/** `extractTextDump` with a given model (used by training and the benchmark's cross-validation). */
export function extractWithModel(text: string, ctx: PageContext, ruleActions: Array<{ name: string; actions: TextRuleActions }>, model: GbdtModel, structure = true): Extraction {
  const p = prepareDump(text, ctx, ruleActions);
  const proba = scoreLines(p, model);
  // why each dropped line left, where a rule knows: the forced drops, then the structure corrections
  const reasons = new Map(p.forced);
  const keep = decideKeep(p, proba, model.threshold, structure, model.decision, reasons);
  return assemble({ lines: p.lines, stats: p.feats.stats, keep, paywall: p.paywall, reasons, headerTitle: p.headerTitle, headerLine: p.headerLine, before: p.before }, ctx);
}

export function extractTextDump(text: string, ctx: PageContext, ruleActions: Array<{ name: string; actions: TextRuleActions }>): Extraction {
  return extractWithModel(text, ctx, ruleActions, MODEL);
}
