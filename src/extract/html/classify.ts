/**
 * Keeps or drops each block with the shipped gradient-boosted block model. Blocks inside the scored article
 * container and blocks outside it have their own keep-thresholds (text outside the container has to be surer
 * of itself). Without a shipped model, the container's blocks are kept (Readability's answer).
 */
import type { RawBlock } from './blocks.js';
import { F } from './blocks.js';
import { blockFeatures, NUM_FEATURES, FEATURE_NAMES } from './block-features.js';
import { predictProba, type GbdtModel } from '../text/gbdt.js';
import shipped from './model.json' with { type: 'json' };

export interface BlockModel {
  trees: GbdtModel;
  /** Probability from which a block inside / outside the scored container is kept. */
  thresholdIn: number;
  thresholdOut: number;
  meta?: Record<string, unknown>;
}

function isUsable(m: Partial<BlockModel>): m is BlockModel {
  return !!m.trees && m.trees.features?.length === NUM_FEATURES && m.trees.features.every((f, i) => f === FEATURE_NAMES[i]);
}

const SHIPPED: BlockModel | null = isUsable(shipped as Partial<BlockModel>) ? (shipped as unknown as BlockModel) : null;

/** Probability that each block is article text, or null when no model is shipped. */
export function blockProbabilities(blocks: RawBlock[], title: string | null, model: BlockModel | null = SHIPPED): Float64Array | null {
  if (!model) return null;
  return predictProba(model.trees, blockFeatures(blocks, title).x, NUM_FEATURES);
}

/** Applies the in/out-of-container thresholds to block probabilities. */
export function keepByThresholds(blocks: RawBlock[], p: ArrayLike<number>, tIn: number, tOut: number): boolean[] {
  return blocks.map((b, i) => p[i]! >= (b.flags & F.CONTAINER ? tIn : tOut));
}

export function classifyBlocks(blocks: RawBlock[], title: string | null, model: BlockModel | null = SHIPPED): boolean[] {
  const p = blockProbabilities(blocks, title, model);
  if (!p || !model) return blocks.map((b) => (b.flags & F.CONTAINER) !== 0);
  return keepByThresholds(blocks, p, model.thresholdIn, model.thresholdOut);
}
