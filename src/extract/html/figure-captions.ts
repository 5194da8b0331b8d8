/**
 * The `captions: 'keep'` option: a figure's caption (`<figcaption>`, a table's `<caption>`) that sits inside the
 * kept article — the nearest blocks on both sides, past other captions, are kept — is kept too. By default the
 * block model decides, as the benchmark truths do: they leave about nine caption words in ten out of the body.
 */
import type { RawBlock } from './blocks.js';

/** Keeps the captions that lie between kept blocks; returns the indexes it turned on. */
export function keepFigureCaptions(blocks: readonly RawBlock[], keep: boolean[]): number[] {
  const on: number[] = [];
  for (let i = 0; i < blocks.length;) {
    if (blocks[i]!.kind !== 'figcaption') { i++; continue; }
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1]!.kind === 'figcaption') j++;
    if (i > 0 && j + 1 < blocks.length && keep[i - 1] && keep[j + 1]) {
      for (let k = i; k <= j; k++) if (!keep[k]) { keep[k] = true; on.push(k); }
    }
    i = j + 1;
  }
  return on;
}
