/**
 * Finds the article container, the way Mozilla Readability does it: every paragraph-like element scores by
 * its length and punctuation, the score flows to its ancestors (less with each level), containers are
 * weighted by tag and class and discounted by link density; the best one wins, and siblings that look like
 * more of the same article join it.
 */
import { isTag, isText, type Element, type ParentNode } from 'domhandler';
import { statsOf, linkDensity, countText, type StatsMap } from './stats.js';
import { classWeight } from './classes.js';
import { PARAGRAPH_TAGS, BLOCK_TAGS } from './vocab.js';
import { table } from '../vocab/table.js';

const TAG_WEIGHT = table<number>({
  div: 5, article: 10, main: 8, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
});

/** Containers whose own loose text (between child blocks) counts as paragraphs. */
const LOOSE_TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'body', 'td', 'blockquote', 'center', 'font', 'form']);

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (isTag(c) && BLOCK_TAGS.has(c.name) && c.name !== 'br') return true;
  return false;
}

function isParagraphLike(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.name)) return el.name !== 'li' || !hasBlockChild(el);
  return (el.name === 'div' || el.name === 'section' || el.name === 'span' || el.name === 'font') && !hasBlockChild(el);
}

export interface ScoredCandidate {
  el: Element;
  score: number;
}

export interface Scoring {
  /** Candidates, best first. */
  ranked: ScoredCandidate[];
  /** Final score of every scored container. */
  scores: Map<Element, number>;
}

/** Scores the containers below `root`. */
export function scoreCandidates(root: ParentNode, stats: StatsMap): Scoring {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) { s = (TAG_WEIGHT[el.name] ?? 0) + classWeight(el); scores.set(el, s); }
    return s;
  };
  const stack: Element[] = [];
  for (const c of root.children) if (isTag(c)) stack.push(c);
  /** A paragraph of `text` characters and `commas` commas whose parent is `parent`: its score flows up. */
  const credit = (parent: ParentNode | null, text: number, commas: number): void => {
    if (text < 25) return;
    const content = 1 + commas + Math.min(Math.floor(text / 100), 3);
    let level = 0;
    for (let p = parent; p && isTag(p) && level < 5; p = p.parent, level++) {
      if (p.name === 'html') break;
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(p, init(p) + content / div);
    }
  };
  while (stack.length) {
    const el = stack.pop()!;
    for (const c of el.children) if (isTag(c)) stack.push(c);
    if (isParagraphLike(el)) {
      const st = statsOf(stats, el);
      credit(el.parent, st.text, st.punct);
    } else if (LOOSE_TEXT_CONTAINERS.has(el.name)) {
      // text written straight into a container between its blocks counts as paragraphs of that container
      let text = 0, commas = 0;
      for (const c of el.children) {
        if (isText(c)) { const [t, p] = countText(c.data); text += t; commas += p; }
        else if (isTag(c) && !BLOCK_TAGS.has(c.name)) { const s = statsOf(stats, c); text += s.text - s.link; commas += s.punct; }
        else if (isTag(c) && c.name !== 'br') { credit(el, text, commas); text = 0; commas = 0; }
      }
      credit(el, text, commas);
    }
  }
  const ranked: ScoredCandidate[] = [];
  const final = new Map<Element, number>();
  for (const [el, s] of scores) {
    const score = s * (1 - linkDensity(statsOf(stats, el)));
    final.set(el, score);
    if (el.name !== 'body') ranked.push({ el, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  return { ranked, scores: final };
}

const SENTENCE_END = /[.!?。！？]["'”’)]?\s*$/;

/** The top candidate plus siblings that are more of the same article, in document order. */
export function withSiblings(top: Element, scoring: Scoring, stats: StatsMap, textOfEl: (el: Element) => string): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent)) return [top];
  const topScore = scoring.scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isTag(sib)) continue;
    if (sib === top) { out.push(sib); continue; }
    const s = scoring.scores.get(sib);
    if (s !== undefined && s >= threshold) { out.push(sib); continue; }
    if (sib.name === 'p') {
      const st = statsOf(stats, sib);
      const ld = linkDensity(st);
      if (st.text > 80 && ld < 0.25) out.push(sib);
      else if (st.text > 0 && st.text <= 80 && ld === 0 && SENTENCE_END.test(textOfEl(sib))) out.push(sib);
    }
  }
  return out;
}
