/**
 * Features of each HTML block for the block classifier: the block's own text (length, links, punctuation),
 * its context (ancestor flags, container membership, list it belongs to), its neighbours, and the page.
 * The order of FEATURE_NAMES is the model's input order: change it only together with a retrained model.
 */
import type { RawBlock } from './blocks.js';
import { F } from './blocks.js';
import { STOPWORDS, CJK_STOP_CHARS } from '../vocab/stopwords.js';
import { CHROME_WORDS, SOCIAL_WORDS, RELATED_HEADINGS } from '../vocab/chrome-words.js';
import { PAGE_FEATURE_NAMES } from '../page-type.js';
import { CJK_CLASS } from '../vocab/cjk.js';

const STOP = new Set(Object.values(STOPWORDS).flat());
const CHROME_PHRASES = new Set([...CHROME_WORDS, ...SOCIAL_WORDS, ...RELATED_HEADINGS].map((w) => w.toLowerCase()));

/** A short block that is, or starts with, a chrome phrase ("Advertisement", "Related articles", "Share"). */
function chromePhrase(t: string): number {
  if (t.length > 60) return 0;
  const k = t.toLowerCase().replace(/[\s:：.!|»›>…-]+$/u, '').trim();
  if (CHROME_PHRASES.has(k)) return 1;
  const words = k.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) if (CHROME_PHRASES.has(words.slice(0, n).join(' '))) return 0.5;
  return 0;
}
const CJK_STOP = new Set([...CJK_STOP_CHARS]);

export const FEATURE_NAMES = [
  'log_chars', 'log_words', 'link_share', 'commas_per_100', 'sentence_end', 'heading_level', 'is_li', 'is_pre', 'is_table',
  'is_quote_or_caption',
  'f_article', 'f_main', 'f_header', 'f_list', 'f_table', 'f_content_class', 'f_neg_class', 'f_chrome_class', 'f_container',
  'f_figure', 'f_blockquote', 'f_comment_class', 'f_pre', 'f_link_wrapped', 'f_section',
  'depth', 'rel_index', 'chars_before_share', 'container_share', 'container_distance', 'repeats', 'digit_share', 'upper_share',
  'prev_log_chars', 'prev_link_share', 'next_log_chars', 'next_link_share', 'win_log_chars', 'win_link_share',
  'list_log_items', 'list_link_share', 'list_log_chars', 'page_log_blocks', 'page_log_chars', 'page_link_share',
  'dense_distance', 'chars_over_max', 'has_date', 'copyright', 'is_title', 'cjk_share',
  'parent_ld', 'grand_ld', 'log_repeats', 'before_container', 'after_container', 'title_distance', 'before_title', 'stopword_share',
  'chrome_phrase', 'under_chrome_heading', 'heading_distance', 'f_readability',
  ...PAGE_FEATURE_NAMES,
] as const;

export const NUM_FEATURES = FEATURE_NAMES.length;

const FLAG_BITS = [F.ARTICLE, F.MAIN, F.HEADER, F.LIST, F.TABLE, F.CONTENT_CLASS, F.NEG_CLASS, F.CHROME_CLASS, F.CONTAINER, F.FIGURE, F.BLOCKQUOTE, F.COMMENT_CLASS, F.PRE, F.LINK_WRAPPED, F.SECTION];

const SENTENCE_END = /[.!?。！？…:;»"”)\]]\s*$/;
const DATE_LIKE = /\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}年/;
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved/i;
const CJK = new RegExp(`[${CJK_CLASS}]`, 'g');
const WORD = /[\p{L}\p{N}]+/gu;

function countMatches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Share of function words (any language we list) among the words, or of CJK particles among CJK characters. */
function stopShare(t: string, cjk: number): number {
  if (cjk > 10) {
    let s = 0;
    for (const ch of t) if (CJK_STOP.has(ch)) s++;
    return s / cjk;
  }
  WORD.lastIndex = 0;
  let n = 0, s = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t)) { n++; if (STOP.has(m[0].toLowerCase())) s++; }
  return n ? s / n : 0;
}

export interface BlockFeatures {
  x: Float32Array;
  /** Words per block (CJK characters count as words), for weighting and metrics. */
  words: Float32Array;
}

/**
 * @param readability whether Mozilla Readability's opinion was gathered (`f_readability` is then 0/1, else −1).
 * @param page the page-level values (pageFeatureValues), the same for every block.
 */
export function blockFeatures(blocks: RawBlock[], title: string | null, readability: boolean, page: number[]): BlockFeatures {
  const n = blocks.length;
  const nf = NUM_FEATURES;
  const x = new Float32Array(n * nf);
  const words = new Float32Array(n);
  const logChars = new Float32Array(n);
  const linkShare = new Float32Array(n);
  let totalChars = 0, totalLink = 0, containerChars = 0, maxChars = 1;
  const repeats = new Map<string, number>();
  const listItems = new Map<number, { items: number; link: number; chars: number }>();
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const cjk = countMatches(b.text, CJK);
    words[i] = countMatches(b.text, WORD) + cjk;
    logChars[i] = Math.log1p(b.chars);
    linkShare[i] = b.chars ? b.linkChars / b.chars : 0;
    totalChars += b.chars; totalLink += b.linkChars;
    if (b.flags & F.CONTAINER) containerChars += b.chars;
    if (b.chars > maxChars) maxChars = b.chars;
    repeats.set(b.text, (repeats.get(b.text) ?? 0) + 1);
    if (b.list >= 0) {
      const l = listItems.get(b.list) ?? { items: 0, link: 0, chars: 0 };
      l.items++; l.link += b.linkChars; l.chars += b.chars;
      listItems.set(b.list, l);
    }
  }
  // the densest run: the 5-block window with the most characters of low-link text
  let dense = 0, best = -1, acc = 0;
  const prose = (i: number): number => blocks[i]!.chars - blocks[i]!.linkChars;
  for (let i = 0; i < n; i++) {
    acc += prose(i);
    if (i >= 5) acc -= prose(i - 5);
    if (acc > best) { best = acc; dense = Math.max(0, i - 2); }
  }
  // distance to the nearest container block
  const contDist = new Float32Array(n).fill(n);
  let last = -1;
  for (let i = 0; i < n; i++) { if (blocks[i]!.flags & F.CONTAINER) last = i; if (last >= 0) contDist[i] = i - last; }
  last = -1;
  for (let i = n - 1; i >= 0; i--) { if (blocks[i]!.flags & F.CONTAINER) last = i; if (last >= 0) contDist[i] = Math.min(contDist[i]!, last - i); }

  let firstC = -1, lastC = -1, titleAt = -1;
  for (let i = 0; i < n; i++) {
    if (blocks[i]!.flags & F.CONTAINER) { if (firstC < 0) firstC = i; lastC = i; }
    if (titleAt < 0 && title && blocks[i]!.text === title) titleAt = i;
  }

  let before = 0;
  let headingChrome = 0, lastHeading = -1;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const o = i * nf;
    let k = 0;
    const put = (v: number): void => { x[o + k++] = v; };
    const t = b.text;
    const cjk = countMatches(t, CJK);
    put(logChars[i]!);
    put(Math.log1p(words[i]!));
    put(linkShare[i]!);
    put(b.chars ? (countMatches(t, /[,，、]/g) * 100) / b.chars : 0);
    put(SENTENCE_END.test(t) ? 1 : 0);
    put(b.kind.length === 2 && b.kind[0] === 'h' ? Number(b.kind[1]) : 0);
    put(b.kind === 'li' ? 1 : 0);
    put(b.kind === 'pre' ? 1 : 0);
    put(b.kind === 'table' ? 1 : 0);
    put(b.kind === 'blockquote' || b.kind === 'figcaption' ? 1 : 0);
    for (const bit of FLAG_BITS) put(b.flags & bit ? 1 : 0);
    put(Math.min(b.depth, 60));
    put(n > 1 ? i / (n - 1) : 0);
    put(totalChars ? before / totalChars : 0);
    put(totalChars ? containerChars / totalChars : 0);
    put(Math.min(contDist[i]!, 50));
    put(Math.min(repeats.get(t) ?? 1, 10));
    put(b.chars ? countMatches(t, /\d/g) / b.chars : 0);
    put(b.chars ? countMatches(t, /\p{Lu}/gu) / b.chars : 0);
    put(i > 0 ? logChars[i - 1]! : 0);
    put(i > 0 ? linkShare[i - 1]! : 0);
    put(i + 1 < n ? logChars[i + 1]! : 0);
    put(i + 1 < n ? linkShare[i + 1]! : 0);
    let wc = 0, wl = 0, wn = 0;
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) { if (j === i) continue; wc += logChars[j]!; wl += linkShare[j]!; wn++; }
    put(wn ? wc / wn : 0);
    put(wn ? wl / wn : 0);
    const l = b.list >= 0 ? listItems.get(b.list) : undefined;
    put(l ? Math.log1p(l.items) : 0);
    put(l && l.chars ? l.link / l.chars : 0);
    put(l ? Math.log1p(l.chars / l.items) : 0);
    put(Math.log1p(n));
    put(Math.log1p(totalChars));
    put(totalChars ? totalLink / totalChars : 0);
    put(n > 1 ? (i - dense) / n : 0);
    put(b.chars / maxChars);
    put(DATE_LIKE.test(t) ? 1 : 0);
    put(COPYRIGHT.test(t) ? 1 : 0);
    put(title && t === title ? 1 : 0);
    put(b.chars ? cjk / b.chars : 0);
    put(b.parentLd);
    put(b.grandLd);
    put(Math.log1p(b.repeats));
    put(firstC >= 0 && i < firstC ? 1 : 0);
    put(lastC >= 0 && i > lastC ? 1 : 0);
    put(titleAt >= 0 && n > 1 ? (i - titleAt) / n : 0);
    put(titleAt >= 0 && i < titleAt ? 1 : 0);
    put(stopShare(t, cjk));
    const phrase = chromePhrase(t);
    put(phrase);
    if (b.kind[0] === 'h' || (b.chars < 60 && b.linkChars === 0 && !SENTENCE_END.test(t) && i + 1 < n && blocks[i + 1]!.chars > b.chars)) {
      // a heading (or heading-like short line) opens a section: chrome if its title is a chrome phrase
      if (b.kind[0] === 'h' || phrase) { headingChrome = phrase; lastHeading = i; }
    }
    put(lastHeading >= 0 && lastHeading < i ? headingChrome : 0);
    put(lastHeading >= 0 ? Math.min(i - lastHeading, 30) : 30);
    put(readability ? (b.flags & F.READABILITY ? 1 : 0) : -1);
    for (const v of page) put(v);
    before += b.chars;
  }
  return { x, words };
}
