/**
 * Keeps or drops each block with the shipped gradient-boosted block models. The base model reads the page
 * alone; where it is unsure (much of the text near its threshold), Mozilla Readability is run on the raw
 * page as a second candidate and a second model, which also sees whether Readability kept each block,
 * decides. Blocks inside and outside the scored container have their own keep-thresholds. Without a shipped
 * model, the container's blocks are kept (Readability's answer).
 */
import type { RawBlock } from './blocks.js';
import { F } from './blocks.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from './block-features.js';
import { predictProba, type GbdtModel } from '../text/gbdt.js';
import shipped from './model.json' with { type: 'json' };

/** One block model: trees and the keep-thresholds inside / outside the scored container. */
export interface ThresholdedModel {
  trees: GbdtModel;
  thresholdIn: number;
  thresholdOut: number;
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

function fits(m: Partial<ThresholdedModel> | undefined): boolean {
  return !!m?.trees && m.trees.features?.length === NUM_FEATURES && m.trees.features.every((f, i) => f === FEATURE_NAMES[i]);
}

const SHIPPED: BlockModel | null = fits((shipped as Partial<BlockModel>).base) && fits((shipped as Partial<BlockModel>).withReadability)
  ? (shipped as unknown as BlockModel) : null;

/** The shipped model, or null when none is shipped (or it does not fit the current features). */
export function shippedModel(): BlockModel | null {
  return SHIPPED;
}

export function probabilities(m: ThresholdedModel, x: Float32Array): Float64Array {
  return predictProba(m.trees, x, NUM_FEATURES);
}

/** Applies the in/out-of-container thresholds to block probabilities. */
export function keepByThresholds(blocks: RawBlock[], p: ArrayLike<number>, tIn: number, tOut: number): boolean[] {
  return blocks.map((b, i) => p[i]! >= (b.flags & F.CONTAINER ? tIn : tOut));
}

/** Share of the page's characters in blocks whose probability is close to the threshold: how unsure the model is. */
export function uncertainty(blocks: RawBlock[], p: ArrayLike<number>, m: ThresholdedModel): number {
  let near = 0, total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.flags & F.CONTAINER ? m.thresholdIn : m.thresholdOut;
    total += b.chars;
    if (Math.abs(p[i]! - t) < 0.25) near += b.chars;
  }
  return total ? near / total : 0;
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
  blocks: RawBlock[], title: string | null, page: number[], mode: 'auto' | 'always' | 'never', readabilityFlags: () => boolean,
  model: BlockModel | null = SHIPPED,
): Classification {
  if (!model) return { keep: blocks.map((b) => (b.flags & F.CONTAINER) !== 0), readability: false };
  const x = blockFeatures(blocks, title, false, page).x;
  const p = probabilities(model.base, x);
  const ask = mode === 'always' || (mode === 'auto' && uncertainty(blocks, p, model.base) >= model.gate);
  if (ask && readabilityFlags()) {
    const m = model.withReadability;
    const p2 = probabilities(m, blockFeatures(blocks, title, true, page).x);
    return { keep: keepByThresholds(blocks, p2, m.thresholdIn, m.thresholdOut), readability: true };
  }
  return { keep: keepByThresholds(blocks, p, model.base.thresholdIn, model.base.thresholdOut), readability: false };
}
