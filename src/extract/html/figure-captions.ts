/**
 * The `captions: 'keep'` option: a figure's caption (`<figcaption>`, a table's `<caption>`) that sits inside the
 * kept article — the nearest blocks on both sides, past other captions, are kept — is kept too. By default the
 * block model decides, as the benchmark truths do: they leave about nine caption words in ten out of the body.
 */
import type { RawBlock } from './blocks.js';
import { keepRunsBetweenKept } from './runs-between-kept.js';

/** Keeps the captions that lie between kept blocks; returns the indexes it turned on. */
export function keepFigureCaptions(blocks: readonly RawBlock[], keep: boolean[]): number[] {
  return keepRunsBetweenKept(blocks, keep, (b) => (b.kind === 'figcaption' ? 'figcaption' : null));
}
