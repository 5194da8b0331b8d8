/** Per-line evidence for the text-dump classifier: length (CJK-aware), punctuation, stop words, chrome words, dates. */
import type { DumpLine } from './lines.js';
import {
  WORD_RE, SENTENCE_END_RE, DATE_RE, TIME_RE, COUNTER_RE, URL_RE,
  SEPARATOR_RE, COPYRIGHT_RE, PLACEHOLDER_RE, WIDGET_RE, DOMAIN_TAIL_RE,
} from './patterns.js';
import { STOPWORDS, CJK_STOP_CHARS } from '../vocab/stopwords.js';
import { SOCIAL_WORDS, CHROME_WORDS } from '../vocab/chrome-words.js';
import { findPaywall } from '../paywall.js';

export interface LineStats {
  /** Words, each CJK character counting as one. */
  words: number;
  latinWords: number;
  cjk: number;
  chars: number;
  endsSentence: boolean;
  sentencePunct: number;
  commas: number;
  /** Share of the line's words that are function words of the page's language. */
  stopRatio: number;
  titleCase: number;
  upperCase: number;
  digitShare: number;
  hasDate: boolean;
  dateOnly: boolean;
  hasTime: boolean;
  counterOnly: boolean;
  url: boolean;
  separators: number;
  social: number;
  chromeWords: number;
  /** The whole line is a chrome phrase (`Share`, `Se Connecter`, `相关推荐`). */
  chromeLine: boolean;
  copyright: boolean;
  widget: boolean;
  paywall: boolean;
  notice: boolean;
  endsColon: boolean;
  startsLower: boolean;
  startsQuote: boolean;
  avgWordLen: number;
  /** Normalised text for repetition checks. */
  key: string;
}

const SOCIAL_SET = new Set(SOCIAL_WORDS);
const CHROME_SET = new Set(CHROME_WORDS.map((w) => w.toLowerCase()));
/** First words of the two-word phrases: only those words start a bigram lookup. */
const BIGRAM_FIRST = new Set([...SOCIAL_SET, ...CHROME_SET].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!));
/** Longest chrome phrase, in words: longer lines are never a whole chrome phrase. */
const MAX_PHRASE_WORDS = Math.max(...[...SOCIAL_SET, ...CHROME_SET].map((w) => w.split(' ').length));
const HAN_RE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const CJK_SOCIAL = SOCIAL_WORDS.filter((w) => HAN_RE.test(w));
const CJK_CHROME = CHROME_WORDS.filter((w) => HAN_RE.test(w));
const CJK_STOP = new Set([...CJK_STOP_CHARS].map((c) => c.charCodeAt(0)));
const LANG_STOPS = Object.entries(STOPWORDS).map(([lang, words]) => ({ lang, set: new Set(words) }));
/** Word → bit mask of the stop lists that hold it (one lookup per word picks the page's language). */
const STOP_LANGS = new Map<string, number>();
LANG_STOPS.forEach(({ set }, k) => { for (const w of set) STOP_LANGS.set(w, (STOP_LANGS.get(w) ?? 0) | (1 << k)); });

function countMatches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

const WORD_CHAR_RE = /[\w-]/;

/** A link, e-mail address or bare domain in the line; cheap tests first, URL_RE only when one may be there. */
function hasUrl(t: string, lower: string): boolean {
  if (lower.includes('://') || lower.includes('@') || lower.includes('www.')) return URL_RE.test(t);
  DOMAIN_TAIL_RE.lastIndex = 0;
  for (let m = DOMAIN_TAIL_RE.exec(t); m; m = DOMAIN_TAIL_RE.exec(t)) if (m.index > 0 && WORD_CHAR_RE.test(t[m.index - 1]!)) return true;
  return false;
}

function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}

/** A line's words, tokenized once: as written (for case) and lowercased. */
export interface LineWords { orig: string[]; lower: string[] }

export function wordsOf(s: string): LineWords {
  const orig = (s.match(WORD_RE) ?? []) as string[];
  return { orig, lower: orig.map((w) => w.toLowerCase()) };
}

/** Lowercased words (non-CJK) of a line. */
export function latinWordsOf(s: string): string[] {
  return wordsOf(s).lower;
}

/** Picks the page's language stop list: the one that covers most of the page's first 4000 words. */
export function pickStopList(lines: DumpLine[], words?: LineWords[]): Set<string> {
  const counts = new Int32Array(LANG_STOPS.length);
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= 4000; i++) {
    const lw = words ? words[i]!.lower : latinWordsOf(lines[i]!.text);
    for (const w of lw) {
      if (seen++ > 4000) break;
      const m = STOP_LANGS.get(w);
      if (m) for (let k = 0; k < LANG_STOPS.length; k++) if (m & (1 << k)) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < LANG_STOPS.length; k++) if (counts[k]! > counts[best]!) best = k;
  return LANG_STOPS[best]!.set;
}

/** The language code of a stop list `pickStopList` returned ('en' for any other set). */
export function stopListLang(stops: Set<string>): string {
  return LANG_STOPS.find((l) => l.set === stops)?.lang ?? 'en';
}

const BARE_END_RE = /[\s:：|»›>•·.!?…()[\]-]+$/u;
const BARE_START_RE = /^[\s|»›>•·([\]-]+/u;

function chromeCount(lower: string, words: string[], cjk: number): { social: number; chrome: number; line: boolean } {
  let social = 0; let chrome = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SOCIAL_SET.has(w)) social++;
    if (CHROME_SET.has(w)) chrome++;
    if (i + 1 < words.length && BIGRAM_FIRST.has(w)) {
      const bi = w + ' ' + words[i + 1]!;
      if (CHROME_SET.has(bi)) chrome++;
      if (SOCIAL_SET.has(bi)) social++;
    }
  }
  let line = false;
  // only short lines can be a whole chrome phrase
  if (words.length <= MAX_PHRASE_WORDS + 1 && lower.length <= 80) {
    const bare = lower.replace(BARE_END_RE, '').replace(BARE_START_RE, '').trim();
    line = CHROME_SET.has(bare) || SOCIAL_SET.has(bare);
    if (!line && cjk && HAN_RE.test(bare)) {
      for (const w of CJK_SOCIAL) if (bare.includes(w)) social++;
      if (bare.length <= 12) for (const w of CJK_CHROME) if (w.length * 2 >= bare.length && bare.includes(w)) { line = true; break; }
    }
  } else if (cjk) {
    for (const w of CJK_SOCIAL) if (lower.includes(w)) social++;
  }
  return { social, chrome, line };
}

export function lineStats(l: DumpLine, stops: Set<string>, lw: LineWords = wordsOf(l.text)): LineStats {
  const t = l.text;
  const lower = t.toLowerCase();
  // one pass over the characters: digits, CJK, sentence punctuation, commas, CJK function characters
  let digits = 0; let cjk = 0; let punct = 0; let commas = 0; let cjkStop = 0;
  let hasDot = false; let hasBracket = false; let hasSep = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) digits++;
      else if (c === 46) { punct++; hasDot = true; } else if (c === 33 || c === 63) punct++;
      else if (c === 59) { punct++; commas++; } else if (c === 44) commas++;
      else if (c === 64) hasDot = true;
      else if (c === 91 || c === 95) hasBracket = true;
      else if (c === 124 || c === 62 || c === 47) hasSep = true;
    } else if (isCjkCode(c)) {
      cjk++;
      if (CJK_STOP.has(c)) cjkStop++;
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) punct++;
    else if (c === 0xff1b) { punct++; commas++; } else if (c === 0xff0c || c === 0x3001) commas++;
    else if (c === 0xbb || c === 0x203a || c === 0xb7 || c === 0x2022) hasSep = true;
  }
  const words = lw.lower.length + cjk;
  let stop = cjkStop; let title = 0; let upper = 0; let wl = 0;
  for (const w of lw.lower) { if (stops.has(w)) stop++; wl += w.length; }
  for (let k = 0; k < lw.orig.length; k++) {
    const w = lw.orig[k]!; const lo = lw.lower[k]!;
    if (w.charCodeAt(0) !== lo.charCodeAt(0)) title++;
    if (w.length > 1 && w !== lo && w === w.toUpperCase()) upper++;
  }
  const hasDate = digits > 0 && DATE_RE.test(t);
  const cc = chromeCount(lower, lw.lower, cjk);
  const pw = findPaywall(t);
  const first = t.charCodeAt(0); const rawFirst = l.raw.charCodeAt(0);
  return {
    words,
    latinWords: lw.lower.length,
    cjk,
    chars: t.length,
    endsSentence: SENTENCE_END_RE.test(t),
    sentencePunct: punct,
    commas,
    stopRatio: words ? stop / words : 0,
    titleCase: lw.orig.length ? title / lw.orig.length : 0,
    upperCase: lw.orig.length ? upper / lw.orig.length : 0,
    digitShare: t.length ? digits / t.length : 0,
    hasDate,
    dateOnly: hasDate && words <= 7 && t.replace(DATE_RE, '').replace(TIME_RE, '').replace(/[\s,.:|·-]+/gu, '').length <= 12,
    hasTime: digits > 1 && TIME_RE.test(t),
    counterOnly: t.length <= 24 && COUNTER_RE.test(t),
    url: hasDot && hasUrl(t, lower),
    separators: hasSep ? countMatches(t, SEPARATOR_RE) : 0,
    social: cc.social,
    chromeWords: cc.chrome,
    chromeLine: cc.line,
    copyright: COPYRIGHT_RE.test(t),
    widget: (first === 91 || first === 73 || first === 105 || first === 80 || first === 112 || first === 70 || first === 102 || first === 66 || first === 98) && PLACEHOLDER_RE.test(t)
      || ((hasBracket || rawFirst === 40 || rawFirst === 76 || rawFirst === 108) && WIDGET_RE.test(l.raw)),
    paywall: pw?.kind === 'paywall',
    notice: pw?.kind === 'notice',
    endsColon: /[:：]$/u.test(t),
    startsLower: /^\p{Ll}/u.test(t),
    startsQuote: /^["“«„「『'‘]/u.test(t),
    avgWordLen: lw.lower.length ? wl / lw.lower.length : 0,
    key: lower.replace(/\s+/g, ' '),
  };
}
