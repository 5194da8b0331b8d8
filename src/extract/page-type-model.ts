/**
 * The learned page-type classifier: one small gradient-boosted model per page type (one against the rest) over the
 * page's features (page-type-features.ts), trained by scripts/page-type-model/train.ts on wcxb-dev's labelled pages
 * (and scrapinghub's articles), training part only. The most probable type wins. Without a shipped model (or one
 * trained on other feature names) it gives null, and the caller keeps its rule-based guess.
 */
import { predictProba, type GbdtModel } from './gbdt.js';
import { PAGE_TYPE_FEATURE_NAMES, pageTypeFeatures } from './page-type-features.js';
import { ruleBasedType, type PageSignals } from './page-type.js';
import type { HtmlFacts } from '../meta/index.js';
import type { RawBlock } from './html/blocks.js';
import { PAGE_TYPES, type PageType } from './vocab/page-types.js';
import shipped from './page-type-model.json' with { type: 'json' };

export interface PageTypeModel {
  features: string[];
  /** One model per type, in the order of `types`. */
  types: string[];
  models: GbdtModel[];
  meta?: Record<string, unknown>;
}

export interface LearnedType {
  type: PageType;
  /** The winning type's probability (its one-against-the-rest model's). */
  probability: number;
}

/** The `pageType` field and its `pageTypeConfidence`: the learned answer, or the rules' with no probability. */
export interface RecognisedType {
  type: PageType | null;
  probability: number | null;
}

const SHIPPED = shipped as unknown as PageTypeModel;

/** The model's columns are this code's features, and its types are ones this code knows. */
function usable(m: PageTypeModel): boolean {
  return m.models.length > 0 && m.models.length === m.types.length && m.types.every((t) => (PAGE_TYPES as readonly string[]).includes(t))
    && m.features.length === PAGE_TYPE_FEATURE_NAMES.length && m.features.every((f, i) => f === PAGE_TYPE_FEATURE_NAMES[i]);
}

const SHIPPED_USABLE = usable(SHIPPED);

/** The page's most probable type, or null without a usable model. */
export function classifyPageType(x: Float32Array, model: PageTypeModel | null = null): LearnedType | null {
  const m = model ?? SHIPPED;
  if (model ? !usable(model) : !SHIPPED_USABLE) return null;
  let best: LearnedType | null = null;
  m.models.forEach((g, k) => {
    const p = predictProba(g, x, x.length)[0]!;
    if (!best || p > best.probability) best = { type: m.types[k] as PageType, probability: p };
  });
  return best;
}

/** What kind of page this is, as the `pageType` field reports it: the learned model's answer, else the rules' (no probability). */
export function recognisePageType(s: PageSignals, blocks: readonly RawBlock[], facts: HtmlFacts | null, url: string | null): RecognisedType {
  const learned = SHIPPED_USABLE ? classifyPageType(pageTypeFeatures(s, blocks, facts, url)) : null;
  return learned ?? { type: ruleBasedType(s), probability: null };
}
