/**
 * Keeps or drops each block with the shipped gradient-boosted block models. The base model reads the page
 * alone; where it is unsure (much of the text near its threshold), Mozilla Readability is run on the raw
 * page as a second candidate and a second model, which also sees whether Readability kept each block,
 * decides; a decision that keeps almost nothing gives way to Readability's blocks. Each model scores in two
 * stages, the second reading the first's probabilities around each block (stack-features.ts). Blocks inside and
 * outside the scored container have their own keep-thresholds. Without a shipped model, the container's blocks
 * are kept (Readability's answer).
 */
import type { RawBlock } from './blocks.js';
import { F, isTitleHeading } from './blocks.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from './block-features.js';
import { predictProba, blendStages, type GbdtModel } from '../gbdt.js';
import { stackFeatures, STACK_NAMES } from './stack-features.js';
import shipped from './model.json' with { type: 'json' };

/** Keep-thresholds for blocks inside / outside the scored container. */
export interface Thresholds {
  thresholdIn: number;
  thresholdOut: number;
}

/** One block model: trees, its keep-thresholds, and thresholds of its own for some page types. */
export interface ThresholdedModel extends Thresholds {
  trees: GbdtModel;
  /** Page type (or `untyped`) → thresholds, where that type is better served by its own. */
  byType?: Record<string, Thresholds>;
}

/** The thresholds for a page of type `pageType`. */
export function thresholdsFor(m: ThresholdedModel, pageType: string | null): Thresholds {
  const t = m.byType && Object.hasOwn(m.byType, pageType ?? 'untyped') ? m.byType[pageType ?? 'untyped'] : undefined;
  return t ?? m;
}

export interface BlockModel {
  /** Reads the page alone. */
  base: ThresholdedModel;
  /** Also reads `f_readability`. */
  withReadability: ThresholdedModel;
  /** Uncertainty of the base model from which Readability is consulted (see `uncertainty`). */
  gate: number;
  meta?: Record<string, unknown>;
}

const STAGE2_NAMES: readonly string[] = [...FEATURE_NAMES, ...STACK_NAMES];

/** Whether the trees (and their second stage, if any) read the features this code computes, in its order. */
function fits(m: Partial<ThresholdedModel> | undefined): boolean {
  const same = (names: string[] | undefined, want: readonly string[]): boolean => names?.length === want.length && names.every((f, i) => f === want[i]);
  return !!m?.trees && same(m.trees.features, FEATURE_NAMES) && (!m.trees.stage2 || same(m.trees.stage2.features, STAGE2_NAMES));
}

const SHIPPED: BlockModel | null = fits((shipped as Partial<BlockModel>).base) && fits((shipped as Partial<BlockModel>).withReadability)
  ? (shipped as unknown as BlockModel) : null;

/** The shipped model, or null when none is shipped (or it does not fit the current features). */
export function shippedModel(): BlockModel | null {
  return SHIPPED;
}

/** Each block's probability of being article text: the first stage, then the second stage on its output when the model has one. */
export function probabilities(m: ThresholdedModel, x: Float32Array, blocks: readonly RawBlock[]): Float64Array {
  const p1 = predictProba(m.trees, x, NUM_FEATURES);
  const s2 = m.trees.stage2;
  if (!s2) return p1;
  const p2 = predictProba(s2, stackFeatures(blocks, x, NUM_FEATURES, p1), STAGE2_NAMES.length);
  return blendStages(p1, p2, m.trees.stage2Weight ?? 1);
}

/** Applies the in/out-of-container thresholds to block probabilities. */
export function keepByThresholds(blocks: RawBlock[], p: ArrayLike<number>, tIn: number, tOut: number): boolean[] {
  return blocks.map((b, i) => p[i]! >= (b.flags & F.CONTAINER ? tIn : tOut));
}

/** Share of the page's characters in blocks whose probability is close to the threshold: how unsure the model is. */
export function uncertainty(blocks: RawBlock[], p: ArrayLike<number>, m: Thresholds): number {
  let near = 0, total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.flags & F.CONTAINER ? m.thresholdIn : m.thresholdOut;
    total += b.chars;
    if (Math.abs(p[i]! - t) < 0.25) near += b.chars;
  }
  return total ? near / total : 0;
}

const READABILITY_COLUMN = FEATURE_NAMES.indexOf('f_readability');

/** The features with `f_readability` filled in from the blocks' READABILITY flags (the rest is unchanged). */
function withReadabilityColumn(x: Float32Array, blocks: RawBlock[]): Float32Array {
  const y = Float32Array.from(x);
  for (let i = 0; i < blocks.length; i++) y[i * NUM_FEATURES + READABILITY_COLUMN] = blocks[i]!.flags & F.READABILITY ? 1 : 0;
  return y;
}

/**
 * A decision that keeps almost nothing of a page where Readability finds an article is a failure, not an answer:
 * below FALLBACK_MAX_CHARS kept (the page's title heading not counted: it leaves the body anyway), Readability's
 * blocks are taken when they hold at least FALLBACK_MIN_CHARS and FALLBACK_RATIO times what was kept. A decision
 * that keeps nothing at all takes them from FALLBACK_MIN_CHARS_EMPTY: a short post (a link shared with two
 * sentences) is still a better answer than an empty body.
 */
const FALLBACK_MAX_CHARS = 150;
const FALLBACK_MIN_CHARS = 500;
const FALLBACK_MIN_CHARS_EMPTY = 140;
const FALLBACK_RATIO = 3;

function charsOf(blocks: RawBlock[], pick: (b: RawBlock, i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < blocks.length; i++) if (pick(blocks[i]!, i)) n += blocks[i]!.chars;
  return n;
}

/** Readability's blocks instead of a near-empty decision (see FALLBACK_MAX_CHARS), or null; `readability` runs it once. */
function fallBackOnEmpty(blocks: RawBlock[], keep: boolean[], title: string | null, readability: () => boolean): boolean[] | null {
  const have = charsOf(blocks, (b, i) => keep[i]! && !isTitleHeading(b, title));
  if (have >= FALLBACK_MAX_CHARS || !readability()) return null;
  const rd = charsOf(blocks, (b) => (b.flags & F.READABILITY) !== 0);
  const min = have === 0 ? FALLBACK_MIN_CHARS_EMPTY : FALLBACK_MIN_CHARS;
  return rd >= min && rd >= FALLBACK_RATIO * have ? blocks.map((b) => (b.flags & F.READABILITY) !== 0) : null;
}

export interface Classification {
  keep: boolean[];
  /** Whether Readability was consulted. */
  readability: boolean;
}

/**
 * Decides each block. `readabilityFlags` runs Readability and sets F.READABILITY on the blocks it kept
 * (returns false when Readability found nothing); `mode` says when to call it.
 */
export function classifyBlocks(
  blocks: RawBlock[], title: string | null, page: number[], pageType: string | null, mode: 'auto' | 'always' | 'never',
  readabilityFlags: () => boolean, model: BlockModel | null = SHIPPED,
): Classification {
  if (!model) return { keep: blocks.map((b) => (b.flags & F.CONTAINER) !== 0), readability: false };
  const x = blockFeatures(blocks, title, false, page).x;
  const p = probabilities(model.base, x, blocks);
  const tBase = thresholdsFor(model.base, pageType);
  const ask = mode === 'always' || (mode === 'auto' && uncertainty(blocks, p, tBase) >= model.gate);
  // Readability runs at most once per page (the gate and the near-empty fallback may both want it)
  let found: boolean | undefined;
  const readability = (): boolean => (found ??= readabilityFlags());
  const consulted = ask && readability();
  let keep: boolean[];
  if (consulted) {
    const m = model.withReadability;
    const t = thresholdsFor(m, pageType);
    keep = keepByThresholds(blocks, probabilities(m, withReadabilityColumn(x, blocks), blocks), t.thresholdIn, t.thresholdOut);
  } else keep = keepByThresholds(blocks, p, tBase.thresholdIn, tBase.thresholdOut);
  const fallback = mode === 'never' ? null : fallBackOnEmpty(blocks, keep, title, readability);
  return fallback ? { keep: fallback, readability: true } : { keep, readability: consulted };
}
