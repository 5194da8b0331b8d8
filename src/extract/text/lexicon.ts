/**
 * Word-lexicon features for the line classifier: how often the words of a line sat in article text versus in
 * chrome across many sites of the training pages (a learned lexicon, `vocab/line-lexicon.json`: word → log-odds,
 * only words seen on pages of many different sites; a word is keyed by the page's language). "price", "cart",
 * "newsletter" lean one way, the function words of running text the other. A page in a language the lexicon hardly
 * covers gets little from it, and says so (`lexPageCover`).
 */
import type { LineWords } from './line-stats.js';
import shipped from '../vocab/line-lexicon.json' with { type: 'json' };
import { CJK_CLASS } from '../vocab/cjk.js';

export const LEXICON_NAMES = ['lexMean', 'lexMin', 'lexMax', 'lexCover', 'lexWin3', 'lexWin10', 'lexBlock', 'lexPageCover'] as const;

export type Lexicon = Map<string, number>;

const HAN_RE = new RegExp(`[${CJK_CLASS}]`, 'gu');
const HAN_TEST = new RegExp(`[${CJK_CLASS}]`, 'u');

export const SHIPPED_LEXICON: Lexicon = new Map(Object.entries((shipped as { words: Record<string, number> }).words));

/** The shipped lexicon split once by language key (`fr:points` → fr → points), CJK bigrams under ''. */
const SHIPPED_BY_LANG = new Map<string, Map<string, number>>();
for (const [k, v] of SHIPPED_LEXICON) {
  const c = k.indexOf(':');
  const lang = c > 0 ? k.slice(0, c) : ''; const word = c > 0 ? k.slice(c + 1) : k;
  let m = SHIPPED_BY_LANG.get(lang);
  if (!m) SHIPPED_BY_LANG.set(lang, (m = new Map()));
  m.set(word, v);
}
const NO_WORDS = new Map<string, number>();

function allDigits(w: string): boolean {
  for (let k = 0; k < w.length; k++) { const c = w.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return w.length > 0;
}

/** A line's distinct lexicon parts: lowercased words (not digits, not CJK runs), and CJK character bigrams. */
function lexParts(lw: LineWords, text: string): { words: Set<string>; bigrams: Set<string> } {
  const han = HAN_TEST.test(text);
  const words = new Set<string>(); const bigrams = new Set<string>();
  for (const w of lw.lower) if (!allDigits(w) && !(han && HAN_TEST.test(w))) words.add(w);
  if (han) {
    HAN_RE.lastIndex = 0;
    const chars = text.match(HAN_RE);
    if (chars) for (let k = 0; k + 1 < chars.length; k++) bigrams.add(chars[k]! + chars[k + 1]!);
  }
  return { words, bigrams };
}

/**
 * A line's lexicon tokens (training): its words keyed by the page's language (`fr:points`: a word means what it
 * means in one language), then its CJK character bigrams as they are.
 */
export function lexTokens(lw: LineWords, text: string, lang: string): string[] {
  const { words, bigrams } = lexParts(lw, text);
  return [...[...words].map((w) => `${lang}:${w}`), ...bigrams];
}

/**
 * The values of `lexTokens` in the shipped lexicon, in the same order, looked up by language map without building
 * keyed strings (run time); `undefined` where the lexicon does not know a token (for `lexiconFeatures` with an
 * identity `get`).
 */
export function shippedValues(lw: LineWords, text: string, lang: string): (number | undefined)[] {
  const { words, bigrams } = lexParts(lw, text);
  const byWord = SHIPPED_BY_LANG.get(lang) ?? NO_WORDS; const cjk = SHIPPED_BY_LANG.get('') ?? NO_WORDS;
  const out: (number | undefined)[] = [];
  for (const w of words) out.push(byWord.get(w));
  for (const b of bigrams) out.push(cjk.get(b));
  return out;
}

/**
 * Per line, `LEXICON_NAMES.length` values (row-major). `get`: a token's log-odds, if the lexicon has it;
 * `blankBefore[i]`: a blank line precedes line i (blocks are the lines between blank lines).
 */
export function lexiconFeatures<T>(tokens: ArrayLike<T>[], get: (t: T) => number | undefined, blankBefore: ArrayLike<boolean>): Float32Array {
  const n = tokens.length; const K = LEXICON_NAMES.length;
  const out = new Float32Array(n * K);
  const mean = new Float64Array(n); const has = new Uint8Array(n);
  let tokAll = 0; let tokHit = 0;
  for (let i = 0; i < n; i++) {
    const ts = tokens[i]!;
    let s = 0; let c = 0; let lo = 0; let hi = 0;
    for (let k = 0; k < ts.length; k++) {
      const v = get(ts[k]!);
      if (v === undefined) continue;
      s += v; c++;
      if (c === 1 || v < lo) lo = v;
      if (c === 1 || v > hi) hi = v;
    }
    mean[i] = c ? s / c : 0; has[i] = c ? 1 : 0;
    tokAll += ts.length; tokHit += c;
    const o = i * K;
    out[o] = mean[i]!; out[o + 1] = lo; out[o + 2] = hi; out[o + 3] = ts.length ? c / ts.length : 0;
  }
  // window means (the line left out) over ±3 and ±10 lines, from prefix sums over the lines with a lexicon word
  const cs = new Float64Array(n + 1); const cc = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) { cs[i + 1] = cs[i]! + mean[i]!; cc[i + 1] = cc[i]! + has[i]!; }
  const win = (i: number, a: number, b: number): number => {
    const c = cc[b + 1]! - cc[a]! - has[i]!;
    return c ? (cs[b + 1]! - cs[a]! - mean[i]!) / c : 0;
  };
  const blockEnd = new Int32Array(n);
  for (let i = n - 1, en = n - 1; i >= 0; i--) { blockEnd[i] = en; if (blankBefore[i]) en = i - 1; }
  let bs = 0;
  for (let i = 0; i < n; i++) {
    if (blankBefore[i]) bs = i;
    const be = blockEnd[i]!;
    const o = i * K;
    out[o + 4] = win(i, Math.max(0, i - 3), Math.min(n - 1, i + 3));
    out[o + 5] = win(i, Math.max(0, i - 10), Math.min(n - 1, i + 10));
    const c = cc[be + 1]! - cc[bs]!;
    out[o + 6] = c ? (cs[be + 1]! - cs[bs]!) / c : 0;
    // a page in a language the lexicon hardly knows: the model learns to lean on the other evidence
    out[o + 7] = tokAll ? tokHit / tokAll : 0;
  }
  return out;
}
