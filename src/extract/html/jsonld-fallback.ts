/**
 * JSON-LD as the last source of the article's text. A page rendered by script may hold only a shell in its HTML
 * while its JSON-LD carries the article (`articleBody`) or the product's description; a reader of the page sees that
 * text. When the chosen blocks miss most of it, it joins the body: a product's description leads the kept blocks;
 * an article's text replaces blocks that hold under a third of its words (the shell's leftovers). When the blocks
 * already hold a body of their own that shares little with the JSON-LD text, the blocks stay: the JSON-LD then
 * describes something else (a teaser, another item).
 */
import { decodeHTML } from 'entities';
import type { JsonLdText } from '../../meta/jsonld-text.js';
import { paragraphBlock, type RawBlock } from './blocks.js';
import { wordTokens as tokens } from '../words.js';

/** A JSON-LD text with fewer words is a teaser line, not a body. */
export const LD_MIN_WORDS = 25;
/** The blocks hold the JSON-LD text when this share of its words occurs in them. */
export const LD_COVERED = 0.5;
/** An article's JSON-LD text replaces kept blocks holding fewer words than this share of its own. */
export const LD_REPLACES_UNDER = 1 / 3;

/** Tags that break the text into paragraphs when a site leaves markup in its JSON-LD text. */
const BREAK_TAGS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'tr', 'blockquote']);
const TAG_NAME = /^\/?([a-z][a-z0-9]*)/i;

/**
 * The text with its markup undone in one forward pass (no regex backtracking on hostile text): break tags become
 * line breaks, other tags spaces, `<script>` / `<style>` go with their content; a `<` that opens no tag stays.
 */
function stripMarkup(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) { out += text.slice(i); break; }
    out += text.slice(i, lt);
    const gt = text.indexOf('>', lt);
    if (gt < 0) { out += text.slice(lt); break; }
    const name = TAG_NAME.exec(text.slice(lt + 1, Math.min(gt, lt + 40)))?.[1]?.toLowerCase();
    if (!name) { out += '<'; i = lt + 1; continue; }
    if ((name === 'script' || name === 'style') && text[lt + 1] !== '/') {
      const close = lower.indexOf(`</${name}`, gt);
      const end = close < 0 ? -1 : text.indexOf('>', close);
      if (end < 0) break;
      out += ' ';
      i = end + 1;
      continue;
    }
    out += BREAK_TAGS.has(name) ? '\n' : ' ';
    i = gt + 1;
  }
  return out;
}

/** The JSON-LD text as paragraphs: markup some sites leave in it becomes breaks, entities are decoded. */
function paragraphs(text: string): string[] {
  return decodeHTML(stripMarkup(text)).split(/\r?\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The kept blocks with the JSON-LD text joined where they miss it; `dropped` receives the kept blocks it replaced.
 * Returns `kept` itself when nothing changes.
 */
export function withJsonLdText(kept: RawBlock[], ld: JsonLdText | null, dropped: (b: RawBlock) => void): RawBlock[] {
  if (!ld) return kept;
  const words = tokens(ld.text);
  if (words.length < LD_MIN_WORDS) return kept;
  const bag = new Set<string>();
  let keptWords = 0;
  for (const b of kept) for (const w of tokens(b.text)) { bag.add(w); keptWords++; }
  let hit = 0;
  for (const w of words) if (bag.has(w)) hit++;
  if (hit / words.length >= LD_COVERED) return kept;
  const added = paragraphs(ld.text).map(paragraphBlock);
  if (ld.kind === 'description') return [...added, ...kept];
  if (keptWords >= words.length * LD_REPLACES_UNDER) return kept;
  kept.forEach(dropped);
  return added;
}
