/** Per-line evidence for the text-dump classifier: length (CJK-aware), punctuation, stop words, chrome words, dates. */
import type { DumpLine } from './lines.js';
import {
  CJK_RE, WORD_RE, SENTENCE_END_RE, SENTENCE_PUNCT_RE, COMMA_RE, DATE_RE, TIME_RE, COUNTER_RE, URL_RE,
  SEPARATOR_RE, COPYRIGHT_RE, PLACEHOLDER_RE, WIDGET_RE,
} from './patterns.js';
import { STOPWORDS, CJK_STOP_CHARS } from './vocab/stopwords.js';
import { SOCIAL_WORDS, CHROME_WORDS } from './vocab/chrome-words.js';
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
const HAN_RE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const CJK_SOCIAL = SOCIAL_WORDS.filter((w) => HAN_RE.test(w));
const CJK_CHROME = CHROME_WORDS.filter((w) => HAN_RE.test(w));
const CJK_STOP = new Set(CJK_STOP_CHARS);
const LANG_STOPS = Object.entries(STOPWORDS).map(([lang, words]) => ({ lang, set: new Set(words) }));

function countMatches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Lowercased words (non-CJK) of a line. */
export function latinWordsOf(s: string): string[] {
  return (s.toLowerCase().match(WORD_RE) ?? []) as string[];
}

/** Picks the page's language stop list: the one that covers most words of the page. */
export function pickStopList(lines: DumpLine[]): Set<string> {
  let best = LANG_STOPS[0]!.set; let bestN = -1;
  const sample: string[] = [];
  for (const l of lines) { if (sample.length > 4000) break; for (const w of latinWordsOf(l.text)) { if (sample.length > 4000) break; sample.push(w); } }
  for (const { set } of LANG_STOPS) {
    let n = 0;
    for (const w of sample) if (set.has(w)) n++;
    if (n > bestN) { bestN = n; best = set; }
  }
  return best;
}

function chromeCount(lower: string, words: string[]): { social: number; chrome: number; line: boolean } {
  let social = 0; let chrome = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SOCIAL_SET.has(w)) social++;
    if (CHROME_SET.has(w)) chrome++;
    if (i + 1 < words.length) {
      const bi = w + ' ' + words[i + 1]!;
      if (CHROME_SET.has(bi)) chrome++;
      if (SOCIAL_SET.has(bi)) social++;
    }
  }
  const bare = lower.replace(/[\s:：|»›>•·.!?…()[\]-]+$/u, '').replace(/^[\s|»›>•·([\]-]+/u, '').trim();
  let line = CHROME_SET.has(bare) || SOCIAL_SET.has(bare);
  if (!line && HAN_RE.test(bare)) {
    for (const w of CJK_SOCIAL) if (bare.includes(w)) social++;
    if (bare.length <= 12) for (const w of CJK_CHROME) if (w.length * 2 >= bare.length && bare.includes(w)) { line = true; break; }
  }
  return { social, chrome, line };
}

export function lineStats(l: DumpLine, stops: Set<string>): LineStats {
  const t = l.text;
  const lower = t.toLowerCase();
  const cjk = countMatches(t, CJK_RE);
  const lw = latinWordsOf(t);
  const words = lw.length + cjk;
  let stop = 0; let title = 0; let upper = 0; let wl = 0;
  const orig = (t.match(WORD_RE) ?? []) as string[];
  for (const w of lw) { if (stops.has(w)) stop++; wl += w.length; }
  for (const w of orig) {
    const c = w[0]!;
    if (c !== c.toLowerCase()) title++;
    if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) upper++;
  }
  if (cjk) for (const ch of t) if (CJK_STOP.has(ch)) stop++;
  let digits = 0;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c >= 48 && c <= 57) digits++; }
  const hasDate = digits > 0 && DATE_RE.test(t);
  const cc = chromeCount(lower, lw);
  const pw = findPaywall(t);
  return {
    words,
    latinWords: lw.length,
    cjk,
    chars: t.length,
    endsSentence: SENTENCE_END_RE.test(t),
    sentencePunct: countMatches(t, SENTENCE_PUNCT_RE),
    commas: countMatches(t, COMMA_RE),
    stopRatio: words ? stop / words : 0,
    titleCase: orig.length ? title / orig.length : 0,
    upperCase: orig.length ? upper / orig.length : 0,
    digitShare: t.length ? digits / t.length : 0,
    hasDate,
    dateOnly: hasDate && words <= 7 && t.replace(DATE_RE, '').replace(TIME_RE, '').replace(/[\s,.:|·-]+/gu, '').length <= 12,
    hasTime: digits > 1 && TIME_RE.test(t),
    counterOnly: t.length <= 24 && COUNTER_RE.test(t),
    url: (t.includes('.') || t.includes('@')) && URL_RE.test(t),
    separators: countMatches(t, SEPARATOR_RE),
    social: cc.social,
    chromeWords: cc.chrome,
    chromeLine: cc.line,
    copyright: COPYRIGHT_RE.test(t),
    widget: PLACEHOLDER_RE.test(t) || WIDGET_RE.test(l.raw),
    paywall: pw?.kind === 'paywall',
    notice: pw?.kind === 'notice',
    endsColon: /[:：]$/u.test(t),
    startsLower: /^\p{Ll}/u.test(t),
    startsQuote: /^["“«„「『'‘]/u.test(t),
    avgWordLen: lw.length ? wl / lw.length : 0,
    key: lower.replace(/\s+/g, ' '),
  };
}
