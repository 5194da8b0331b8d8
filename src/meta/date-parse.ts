/** Date parsing: structured values (ISO 8601, RFC 2822, compact) and dates written in text in many languages. */
import { monthLookup } from './vocab/months.js';
import { phraseAlternation } from '../extract/phrase-pattern.js';

/** A calendar date found somewhere; `year` null when the text gave none. */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /** Full ISO date-time with offset when the source gave a time and an offset. */
  iso: string | null;
  /** Index in the searched text (text dates only). */
  index: number;
  /** The matched text. */
  match: string;
  /** Time of day in minutes when the source gave one (structured values). */
  minutes?: number | null;
  /** UTC offset in minutes when the source gave one (`Z` = 0); null for a time without an offset. */
  offset?: number | null;
}

export interface ParseHints {
  /** Month before day in numeric dates like 03/04/2025 (US English). */
  monthFirst?: boolean;
  /** Accept `31.10.23` (default true). */
  shortYears?: boolean;
  /** Latest acceptable year (default: this year + 1). */
  maxYear?: number;
}

export const MIN_YEAR = 1994;
const MONTHS = monthLookup();
const MONTH_ALT = phraseAlternation(MONTHS.keys());
const ORD = '(?:st|nd|rd|th|er|\\.|º|°)?';

const RE_ISO = /(?<![\d.])(\d{4})([-/.])\s?(\d{1,2})\2\s?(\d{1,2})(?![\d])(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?/g;
const RE_NUM = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g;
/** `4. 2. 2022` (spaced dots). */
const RE_NUM_SPACED = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/g;
/** `31.10.23` (two-digit year, dots only: the German/Central-European short form). */
const RE_NUM_SHORT = /(?<![\d.\/-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)/g;
const RE_DMY = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})${ORD}\\s*(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'giu');
const RE_MDY = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)`, 'giu');
/** A month name glued to the previous word (`Espace Pressemars 13, 2025`): full names only, strict `D, YYYY` after. */
const RE_MDY_GLUED = new RegExp(`(?<=\\p{L})(${MONTH_ALT})\\s(\\d{1,2}),\\s(\\d{4})(?!\\d)`, 'giu');
const RE_CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?/g;
const RE_CJK_NOYEAR = /(?<![\d年.\/-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function valid(y: number | null, m: number, d: number, maxYear: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (y === null) return d <= daysIn(2024, m);
  return y >= MIN_YEAR && y <= maxYear && d <= daysIn(y, m);
}

function defaultMaxYear(): number {
  return new Date().getUTCFullYear() + 1;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses a structured value (meta content, JSON-LD, `datetime=`): ISO 8601, compact, RFC 2822, or a written date. */
export function parseStructured(value: string, hints: ParseHints = {}): FoundDate | null {
  const s = value.trim();
  if (!s) return null;
  const maxYear = hints.maxYear ?? defaultMaxYear();
  let m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(?!\d)/.exec(s);
  if (m && s.length <= 20) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    const minutes = m[4] && +m[4] < 24 && +m[5]! < 60 ? +m[4] * 60 + +m[5]! : null;
    return valid(y, mo, d, maxYear) ? { year: y, month: mo, day: d, iso: null, index: 0, match: m[0], minutes, offset: null } : null;
  }
  if (/^\d{10,13}$/.test(s)) { // Unix time (s or ms)
    const t = new Date(s.length === 13 ? +s : +s * 1000);
    const y = t.getUTCFullYear();
    return valid(y, t.getUTCMonth() + 1, t.getUTCDate(), maxYear) ? { year: y, month: t.getUTCMonth() + 1, day: t.getUTCDate(), iso: null, index: 0, match: s, minutes: t.getUTCHours() * 60 + t.getUTCMinutes(), offset: 0 } : null;
  }
  const found = findDates(s.slice(0, 200), hints);
  const first = found.find((f) => f.year !== null);
  return first ?? null;
}

/** Every date written in a text, in order of appearance (overlaps removed, the longest form kept). */
export function findDates(text: string, hints: ParseHints = {}): FoundDate[] {
  const maxYear = hints.maxYear ?? defaultMaxYear();
  const out: FoundDate[] = [];
  const add = (y: number | null, mo: number, d: number, index: number, match: string, iso: string | null = null, minutes: number | null = null, offset: number | null = null): void => {
    if (valid(y, mo, d, maxYear)) out.push({ year: y, month: mo, day: d, iso, index, match, minutes, offset });
  };
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(RE_ISO)) {
    const y = +m[1]!, mo = +m[3]!, d = +m[4]!;
    let iso: string | null = null;
    let offset: number | null = null;
    if (m[5] && m[8] && valid(y, mo, d, maxYear)) {
      const off = m[8] === 'Z' ? 'Z' : m[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
      iso = `${ymd(y, mo, d)}T${m[5]}:${m[6]}:${m[7] ?? '00'}${off}`;
      offset = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (+off.slice(1, 3) * 60 + +off.slice(4, 6));
    }
    const minutes = m[5] && +m[5] < 24 && +m[6]! < 60 ? +m[5] * 60 + +m[6]! : null;
    add(y, mo, d, m.index, m[0], iso, minutes, minutes === null ? null : offset);
  }
  for (const m of text.matchAll(RE_NUM)) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    let d = a, mo = b;
    if (m[2] !== '.' && hints.monthFirst && b <= 31 && a <= 12) { d = b; mo = a; }
    if (mo > 12 && d <= 12) { const t = d; d = mo; mo = t; }
    add(y, mo, d, m.index, m[0]);
  }
  for (const m of text.matchAll(RE_NUM_SPACED)) add(+m[3]!, +m[2]!, +m[1]!, m.index, m[0]);
  if (hints.shortYears !== false) {
    for (const m of text.matchAll(RE_NUM_SHORT)) {
      const yy = +m[3]!;
      const y = 2000 + yy <= maxYear ? 2000 + yy : 1900 + yy;
      add(y, +m[2]!, +m[1]!, m.index, m[0]);
    }
  }
  if (/\p{L}/u.test(text)) {
    for (const m of text.matchAll(RE_DMY)) add(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!, m.index, m[0]);
    for (const m of text.matchAll(RE_MDY)) add(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!, m.index, m[0]);
    for (const m of text.matchAll(RE_MDY_GLUED)) if (m[1]!.length >= 3) add(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!, m.index, m[0]);
  }
  if (/[年月년월]/.test(text)) {
    for (const m of text.matchAll(RE_CJK)) add(+m[1]!, +m[2]!, +m[3]!, m.index, m[0]);
    for (const m of text.matchAll(RE_CJK_NOYEAR)) add(null, +m[1]!, +m[2]!, m.index, m[0]);
  }
  return dedupe(out);
}

function dedupe(list: FoundDate[]): FoundDate[] {
  list.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const out: FoundDate[] = [];
  let end = -1;
  for (const f of list) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.match.length;
  }
  return out;
}

/** Year for a date written without one: the latest year that does not put it after `latest` (a date seen on the page, or the reference date). */
export function inferYear(month: number, day: number, latest: { year: number; month: number; day: number }): number {
  const after = month > latest.month || (month === latest.month && day > latest.day);
  return after ? latest.year - 1 : latest.year;
}
