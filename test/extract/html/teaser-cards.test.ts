/** Teaser cards after an article (linked headings with a summary, outside the container) leave as `related`. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { dropTeaserCards } from '../../../src/extract/html/teaser-cards.js';
import type { Element } from 'domhandler';
import { queryAll } from '../../../src/dom/query.js';

const story = [
  'The council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found cracks.',
  'Buses and bicycles will still be allowed across while a replacement is designed, the mayor said.',
];
const card = (i: number, href = `/news/story-${i}`): string =>
  `<div class="card"><h3><a href="${href}">Other story number ${i} with a headline</a></h3><p>A summary of other story ${i}, which is about something else entirely and runs to a sentence or two.</p></div>`;

/** Blocks of `body`, the `<article>` as the scored container; all kept (as a model that kept the teasers would). */
function run(body: string, pageType: string | null = 'article'): { kept: string[]; dropped: string[] } {
  const doc = parseHtml(`<html><body>${body}</body></html>`);
  const container = new Set<Element>(queryAll(doc, 'article'));
  const blocks = walkBlocks(doc.children, container, () => 0);
  const keep = blocks.map(() => true);
  const dropped: string[] = [];
  dropTeaserCards(blocks, keep, pageType, (i) => dropped.push(blocks[i]!.text));
  return { kept: blocks.filter((_, i) => keep[i]).map((b) => b.text), dropped };
}

describe('dropTeaserCards', () => {
  it('drops a run of three linked cards after the article, with the label before it', () => {
    const r = run(`<article>${story.map((s) => `<p>${s}</p>`).join('')}</article><section><p>Deals</p>${card(1)}${card(2)}${card(3)}</section>`);
    expect(r.kept).toEqual(story);
    expect(r.dropped).toHaveLength(7);
    expect(r.dropped).toContain('Deals');
  });

  it('leaves two cards, cards inside the container, FAQ headings that link to anchors, and pages not typed article', () => {
    const after = (cards: string): string => `<article>${story.map((s) => `<p>${s}</p>`).join('')}</article><div>${cards}</div>`;
    expect(run(after(card(1) + card(2))).dropped).toEqual([]);
    expect(run(`<article>${story.map((s) => `<p>${s}</p>`).join('')}${card(1)}${card(2)}${card(3)}</article>`).dropped).toEqual([]);
    expect(run(after(card(1, '#q1') + card(2, '#q2') + card(3, '#q3'))).dropped).toEqual([]);
    expect(run(after(card(1) + card(2) + card(3)), 'listing').dropped).toEqual([]);
  });
});
