/**
 * Teaser cards after an article: past the scored container's last kept block, a run of three or more cards — a
 * heading that links to another page, then at most two blocks (its summary, a date) — is a list of other stories
 * ("Deals", "Latest"), however article-like their summaries read. Those cards leave as `related`, with the one or
 * two kept blocks right before the run (its label, a card whose heading was pruned). Only on pages typed article,
 * only outside the container: a listicle's linked headings are inside it, and an FAQ's headings link to `#` anchors.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { F, isHeading, type RawBlock } from './blocks.js';

/** Cards in a run, at least. */
const MIN_CARDS = 3;
/** Blocks a card may hold under its heading. */
const MAX_CARD_BODY = 2;
/** Kept blocks before the run that go with it. */
const MAX_LEAD = 2;

/** The first link among `nodes`, looking `depth` levels down. */
function firstLink(nodes: readonly AnyNode[], depth: number): Element | null {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (n.name === 'a') return n;
    if (depth > 0) {
      const a = firstLink(n.children, depth - 1);
      if (a) return a;
    }
  }
  return null;
}

/** The link a heading is: one inside it, or one around it (`<a href><h3>…</h3></a>`). */
function headingLink(b: RawBlock): Element | null {
  const inside = firstLink(b.inline, 2);
  if (inside) return inside;
  for (let e = b.el, level = 0; e && level < 4; level++) {
    if (e.name === 'a') return e;
    e = e.parent && isTag(e.parent) ? e.parent : null;
  }
  return null;
}

/** A heading that is (almost all) a link to another page: not to an anchor of this one, not a script. */
export function isTeaserHeading(b: RawBlock): boolean {
  if (!isHeading(b) || !(b.linkChars >= 0.8 * b.chars || b.flags & F.LINK_WRAPPED)) return false;
  const href = (headingLink(b)?.attribs['href'] ?? '').trim().toLowerCase();
  return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:');
}

/** Un-keeps the teaser cards after the article (see above), each index handed to `onDrop`. */
export function dropTeaserCards(blocks: readonly RawBlock[], keep: boolean[], pageType: string | null, onDrop: (i: number) => void): void {
  if (pageType !== 'article') return;
  let end = -1;
  for (let i = 0; i < blocks.length; i++) if (keep[i] && blocks[i]!.flags & F.CONTAINER) end = i;
  if (end < 0) return;
  const after: number[] = [];
  for (let i = end + 1; i < blocks.length; i++) if (keep[i] && !(blocks[i]!.flags & F.CONTAINER)) after.push(i);
  for (let k = 0; k < after.length;) {
    const run: number[] = [];
    let j = k, cards = 0;
    while (j < after.length && isTeaserHeading(blocks[after[j]!]!)) {
      run.push(after[j++]!);
      for (let body = 0; j < after.length && body < MAX_CARD_BODY && !isHeading(blocks[after[j]!]!); body++) run.push(after[j++]!);
      cards++;
    }
    if (cards < MIN_CARDS) { k++; continue; }
    for (let q = run[0]! - 1, n = 0; q > end && n < MAX_LEAD && keep[q] && !(blocks[q]!.flags & F.CONTAINER); q--, n++) run.push(q);
    for (const i of run) { keep[i] = false; onDrop(i); }
    k = j;
  }
}
