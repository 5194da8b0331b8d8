/**
 * HTML path: drop non-content, prune chrome, score the article container, cut the page into blocks, and keep
 * the blocks the block classifier (a shipped gradient-boosted model; the container alone when no model is
 * shipped) says are article text. A site rule's body selector overrides the choice of region.
 */
import { isTag, type Document, type Element } from 'domhandler';
import type { PageContext } from '../../pipeline/context.js';
import type { Extraction, Block } from '../types.js';
import { queryOne, queryAll, textOf, squash } from '../../dom/query.js';
import { dropNonContent, pruneChrome } from './prune.js';
import { scoreCandidates, withSiblings } from './score.js';
import { walkBlocks, isTitleHeading, F, type RawBlock } from './blocks.js';
import { statsOf, linkDensity, computeStats, type StatsMap } from './stats.js';
import { ARTICLE_SELECTORS } from './vocab.js';
import { classifyBlocks, type BlockModel } from './classify.js';
import { articleHtml } from './article-html.js';
import { findPaywall } from '../paywall.js';
import { markReadabilityBlocks } from './readability.js';
import { correctDecisions } from './corrections.js';
import { pageSignals, declaredType, isDiscussion, ruleBasedType, pageFeatureValues, type PageSignals } from '../page-type.js';
import { recognisePageType, type RecognisedType } from '../page-type-model.js';
import type { HtmlFacts } from '../../meta/index.js';
import { readJsonLdText, type JsonLdText } from '../../meta/jsonld-text.js';
import { withJsonLdText } from './jsonld-fallback.js';
import { withSummaryFallback, SUMMARY_WARNING } from './summary-fallback.js';
import type { Paywall } from '../../types.js';

const ARTICLE_SELECTOR = ARTICLE_SELECTORS.join(',');

function findTitle(doc: Document): string | null {
  const h1 = queryOne(doc, 'h1');
  const t = h1 ? squash(textOf(h1)) : '';
  return t || null;
}

/** A known article-body container holding a fair share of the page's prose. */
function semanticContainer(root: Document, stats: StatsMap, pageText: number): Element | null {
  let best: Element | null = null;
  for (const el of queryAll(root, ARTICLE_SELECTOR)) {
    const s = statsOf(stats, el);
    if (s.text - s.link > Math.max(300, pageText * 0.25) && (!best || s.text > statsOf(stats, best).text)) best = el;
  }
  return best;
}

/** The page cut into blocks, with the evidence the classifier needs. */
export interface PreparedPage {
  blocks: RawBlock[];
  title: string | null;
  /** True when a site rule chose the article region. */
  ruled: boolean;
  /** What kind of page this looks like: the evidence, which the block model reads. */
  signals: PageSignals;
  /** What kind of page this is, as reported in `pageType`, and the learned page-type model's probability for it (page-type-model.ts). */
  pageType: RecognisedType;
  /** How deep the page's visible elements nested before pruning. */
  rawDepth: number;
  /** The main item's text in the page's JSON-LD (an article's body, a product's description), if any. */
  ldText: JsonLdText | null;
  /** The page's meta tags, whose description is the body of last resort (summary-fallback.ts). */
  metas: ReadonlyMap<string, readonly string[]> | null;
}

/**
 * The article region a site rule chose: the first element its body selectors match, else every element its section
 * selectors match (the outermost, in the page's order); none when they match nothing.
 */
function ruleRegion(doc: Document, bodySelectors: readonly string[], sectionSelectors: readonly string[]): Element[] {
  if (bodySelectors.length) {
    const root = queryOne(doc, bodySelectors.join(','));
    if (root) return [root];
  }
  if (!sectionSelectors.length) return [];
  const found = queryAll(doc, sectionSelectors.join(','));
  const inFound = new Set(found);
  const outermost = (el: Element): boolean => {
    for (let p = el.parent; p; p = p.parent) if (inFound.has(p as Element)) return false;
    return true;
  };
  return found.filter(outermost);
}

export function prepareHtml(doc: Document, ctx: PageContext, bodySelectors: string[], facts: HtmlFacts | null, sectionSelectors: readonly string[] = []): PreparedPage {
  const rawDepth = dropNonContent(doc);
  const title = findTitle(doc);
  const declared = declaredType(facts, ctx.url);
  const ruleRoots = ruleRegion(doc, bodySelectors, sectionSelectors);
  const roots = ruleRoots.length ? ruleRoots : doc.children;
  const container = new Set<Element>();
  let stats: StatsMap;
  if (ruleRoots.length) {
    for (const r of ruleRoots) container.add(r);
    // the rule chose the region: a comment list inside it is what the rule asked for
    stats = pruneChrome({ children: ruleRoots } as never, ctx.removed, undefined, true);
  } else {
    // the container is scored on the page before class-based pruning (as Readability does: a wrongly pruned
    // wrapper must not break the article apart); the blocks come from the pruned page
    const pre = computeStats(doc);
    let pageText = 0;
    for (const c of doc.children) if (isTag(c)) pageText += statsOf(pre, c).text;
    const sem = semanticContainer(doc, pre, pageText);
    if (sem) container.add(sem);
    const scoring = scoreCandidates(doc, pre);
    const top = scoring.ranked[0]?.el;
    if (top) for (const el of withSiblings(top, scoring, pre, textOf)) container.add(el);
    stats = pruneChrome(doc, ctx.removed, pre, isDiscussion(declared));
  }
  const ldOf = (el: Element): number => linkDensity(statsOf(stats, el));
  const blocks = walkBlocks(roots, container, ldOf);
  const ldText = facts && facts.jsonLd.length ? readJsonLdText(facts.jsonLd) : null;
  // the page's type is the whole page's: a rule's region leaves out the evidence around it (a product's prices, its cart)
  const typeBlocks = ruleRoots.length ? walkBlocks(doc.children, container, () => 0) : blocks;
  // what the rule's region leaves out is logged, as the model's dropped blocks are
  if (ruleRoots.length) for (const b of typeBlocks) if (!(b.flags & F.CONTAINER)) ctx.removed.add('outside-rule', b.text);
  const signals = pageSignals(declared, typeBlocks);
  return { blocks, title, ruled: ruleRoots.length > 0, signals, pageType: recognisePageType(signals, typeBlocks, facts, ctx.url), rawDepth, ldText, metas: facts?.metas ?? null };
}

function dropLeadingTitle(blocks: RawBlock[], title: string | null): RawBlock[] {
  return blocks.length && isTitleHeading(blocks[0]!, title) ? blocks.slice(1) : blocks;
}

/**
 * Paywall stubs and platform notices near the article ("Il vous reste 55% de cet article à lire", "特别声明：…")
 * leave the body; a stub is reported. Blocks within a few places after the last kept block count as near.
 */
function cutPaywall(blocks: RawBlock[], keep: boolean[], ctx: PageContext, cut: Set<number>): Paywall {
  let last = -1;
  for (let i = 0; i < keep.length; i++) if (keep[i]) last = i;
  let stub: string | null = null;
  for (let i = 0; i < blocks.length && i <= last + 8; i++) {
    const b = blocks[i]!;
    if (!keep[i] && !(b.flags & F.CONTAINER) && i <= last) continue;
    const hit = findPaywall(b.text);
    if (!hit) continue;
    if (hit.kind === 'paywall' && stub === null) stub = b.text;
    if (keep[i]) { keep[i] = false; cut.add(i); ctx.removed.add(hit.kind, b.text); }
  }
  if (stub === null) {
    // a stub inside pruned chrome (a `paywall` or `subscribe` box) still tells the article is cut
    for (const r of ctx.removed.items) if (r.reason === 'login' && findPaywall(r.text)?.kind === 'paywall') { stub = r.text; break; }
  }
  return { detected: stub !== null, text: stub };
}

/**
 * @param html the page's source, for Mozilla Readability when the block model asks for a second opinion
 * @param facts what the metadata stage read from the unpruned page (JSON-LD, meta tags): page-type evidence
 */
/** Readability parses the raw page again with linkedom: not for huge pages. */
const READABILITY_MAX_CHARS = 2_000_000;
/** Nesting this deep is hostile markup (the light tree caps it; Readability's parse would not). */
const READABILITY_MAX_DEPTH = 300;

/** May Readability be consulted on this page: a sane size and depth, and most of the time budget left. */
function readabilityAffordable(html: string, rawDepth: number, ctx: PageContext): boolean {
  if (html.length > READABILITY_MAX_CHARS) return false;
  // the raw page's depth: pruning may have removed the hostile nesting (a tower of `role=tablist`), Readability would not
  if (rawDepth > READABILITY_MAX_DEPTH) return false;
  return performance.now() - ctx.startedAt < ctx.options.timeoutMs * 0.3;
}

/** The article's blocks chosen from a prepared page, and the paywall stub found near them. */
export interface ChosenArticle {
  article: RawBlock[];
  paywall: Paywall;
}

/**
 * Decides the prepared page's blocks (block model, Readability consulted through `consult` where the model is
 * unsure), applies the structure corrections and the paywall cut, logs what left, drops a leading title, and joins
 * the JSON-LD text where the blocks miss it (jsonld-fallback.ts), or the page's description when nothing is left
 * (summary-fallback.ts).
 * `model` defaults to the shipped one (the cross-validation script passes a fold's model).
 */
export function chooseArticle(page: PreparedPage, ctx: PageContext, consult: () => boolean, model?: BlockModel | null): ChosenArticle {
  // the block model and the type-keyed corrections read the rules' type: the learned one (the `pageType` field) gave
  // them no gain when cross-validated (docs/html-extraction.md, session 20)
  const pageType = ruleBasedType(page.signals);
  const keep = page.ruled
    ? page.blocks.map(() => true)
    : classifyBlocks(page.blocks, page.title, pageFeatureValues(page.signals), pageType, ctx.options.readability, consult, model).keep;
  const cut = new Set<number>();
  if (!page.ruled) correctDecisions(page.blocks, keep, ctx, cut, pageType);
  const paywall = cutPaywall(page.blocks, keep, ctx, cut);
  const kept: RawBlock[] = [];
  for (let i = 0; i < page.blocks.length; i++) {
    const b = page.blocks[i]!;
    if (keep[i]) kept.push(b);
    else if (!cut.has(i)) ctx.removed.add(b.flags & F.CONTAINER ? 'low-score' : 'boilerplate', b.text);
  }
  const article = dropLeadingTitle(kept, page.title);
  // a site rule's region is what its author chose; elsewhere the JSON-LD text fills what a script-built page lacks,
  // and when there is none either, the page's description stands in for an article its HTML does not hold
  if (page.ruled) return { article, paywall };
  const withLd = withJsonLdText(article, page.ldText, (b) => ctx.removed.add('jsonld', b.text));
  const final = withSummaryFallback(withLd, page.metas, (b) => ctx.removed.add('shell', b.text));
  if (final !== withLd) ctx.warnings.push(SUMMARY_WARNING);
  return { article: final, paywall };
}

export function extractHtml(doc: Document, ctx: PageContext, bodySelectors: string[], html: string, facts: HtmlFacts | null, sectionSelectors: readonly string[] = []): Extraction {
  const page = prepareHtml(doc, ctx, bodySelectors, facts, sectionSelectors);
  const consult = (): boolean => readabilityAffordable(html, page.rawDepth, ctx) && markReadabilityBlocks(page.blocks, html);
  const { article, paywall } = chooseArticle(page, ctx, consult);
  const blocks: Block[] = article.map((b) => ({ kind: b.kind, text: b.text }));
  return {
    blocks,
    html: articleHtml(article),
    title: page.title,
    paywall,
    pageType: page.pageType.type,
    pageTypeConfidence: page.pageType.probability === null ? null : Number(page.pageType.probability.toFixed(3)),
    bylineZone: blocks.slice(0, 3).map((b) => b.text),
  };
}
