/** Picks the publication date from the evidence, in order of trust; returns null when the evidence is weak. */
import type { DateSource } from '../types.js';
import type { HtmlFacts, DateElement } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { findDates, inferYear, parseStructured, ymd, type FoundDate, type ParseHints } from './date-parse.js';
import { dateFromUrl } from './url-date.js';
import { PUBLISHED_META, UPDATED_LABEL, PUBLISHED_LABEL, LAST_LABEL, COPYRIGHT } from './vocab/date-meta.js';
import { applyBounds } from './plausible.js';
import { DATE_HEADER_LINE } from './vocab/bylines.js';
import { vote, candidate, type Candidate } from './vote.js';

export interface DateResult {
  date: string | null;
  source: DateSource;
  confidence: 'high' | 'medium' | 'low' | null;
  /** `updated` when the only date the page gives is labelled as its last update. */
  kind?: 'published' | 'updated';
}

export interface DateInput {
  format: 'html' | 'text';
  facts: HtmlFacts | null;
  jsonLd: JsonLdFacts | null;
  url: string | null;
  bylineZone: string[];
  body: string;
  removedText: string[];
  referenceDate?: string;
  monthFirst: boolean;
  /** Fall back to a date labelled as the last update when no publication date exists. */
  updatedDates?: boolean;
  /** Text dumps: lines around the article's start and the index of its title (or first) line. */
  dateWindow?: { lines: string[]; anchor: number };
}

const NONE: DateResult = { date: null, source: null, confidence: null };
/** How many elements after the title a <time> may sit and still count as the article's. */
const TIME_AFTER_TITLE = 60;
/** How many elements from the title an explicit publication-date element may sit inside a chrome-looking box. */
const EXPLICIT_NEAR_TITLE = 120;
/** How many text lines right before the title may hold its date (`Opinion` / `Tuesday 10.12.19` / title). */
const BEFORE_TITLE_LINES = 2;
/** How many lines at each end of the article text may hold a lone date (fallback), and how long such a line may be. */
const EDGE_LINES = 3;
const EDGE_LINE_MAX = 60;
/** How many elements before the title a date element may sit and still count as the article's. */
const NEAR_BEFORE = 15;
/** How many elements after the title a date element counts even inside a chrome-looking box (`teaser__metadata`). */
const NEAR_AFTER_IN_CHROME = 15;

function out(f: FoundDate, source: DateSource, confidence: 'high' | 'medium' | 'low'): DateResult {
  return { date: f.iso ?? ymd(f.year!, f.month, f.day), source, confidence };
}

function firstStructured(values: string[] | undefined, hints: ParseHints): FoundDate | null {
  if (!values) return null;
  for (const v of values) { const f = parseStructured(v, hints); if (f) return f; }
  return null;
}

function refDate(input: DateInput, maxYear: number): { year: number; month: number; day: number } | null {
  if (input.referenceDate) {
    const f = parseStructured(input.referenceDate, { maxYear: 9999 });
    if (f) return { year: f.year!, month: f.month, day: f.day };
  }
  // the latest full date written anywhere on the page (chrome included: it only tells the year)
  let best: FoundDate | null = null;
  const scan = (t: string): void => {
    for (const f of findDates(t, { maxYear, shortYears: false })) {
      if (f.year === null) continue;
      if (!best || f.year > best.year! || (f.year === best.year && (f.month > best.month || (f.month === best.month && f.day > best.day)))) best = f;
    }
  };
  scan(input.bylineZone.join('\n'));
  scan(input.body.length > 200_000 ? input.body.slice(0, 200_000) : input.body);
  for (const r of input.removedText) scan(r);
  const b = best as FoundDate | null;
  return b ? { year: b.year!, month: b.month, day: b.day } : null;
}

/** A date written in text counts only when it is not solely inside removed chrome. */
function inChromeOnly(match: string, input: DateInput): boolean {
  if (!input.removedText.length) return false;
  if (input.body.includes(match) || input.bylineZone.some((l) => l.includes(match))) return false;
  return input.removedText.some((r) => r.includes(match));
}

/** How a line's dates are judged: byline-like only, not when found only in removed chrome, update-labelled ones instead of the rest. */
interface LineChecks { bylineLike: boolean; checkChrome: boolean; updated: boolean }

/**
 * The dates of line `i` that count (`found`: the line's dates), with whether a "Published" label precedes them.
 * The label may sit on the line(s) before (`Last Updated` / `on` / `Feb 24, 2026`).
 */
function usableDates(lines: string[], i: number, found: FoundDate[], input: DateInput, c: LineChecks): Array<{ f: FoundDate; labelled: boolean }> {
  const line = lines[i]!;
  if (line.length > 600 || COPYRIGHT.test(line)) return [];
  const out: Array<{ f: FoundDate; labelled: boolean }> = [];
  for (const f of found) {
    if (c.checkChrome && inChromeOnly(f.match, input)) continue;
    const prefix = line.slice(0, f.index);
    const before = (prefix.length >= 40 || i === 0 ? prefix : `${lines[i - 2] ?? ''} ${lines[i - 1]} ${prefix}`).slice(-40).trim();
    if (UPDATED_LABEL.test(before) !== c.updated) continue;
    if (c.bylineLike && !isBylineLike(line, f)) continue;
    out.push({ f, labelled: PUBLISHED_LABEL.test(before) });
  }
  return out;
}

type LineDate = DateResult & { labelled?: boolean; match?: string };

/** A year-less date with its year inferred from the page (or `referenceDate`); low confidence. */
function withInferredYear(f: FoundDate, input: DateInput, hints: ParseHints): LineDate | null {
  const ref = refDate(input, hints.maxYear!);
  if (!ref) return null;
  return { date: ymd(inferYear(f.month, f.day, ref), f.month, f.day), source: 'text', confidence: 'low', match: f.match };
}

/** The first usable date of line `i`; an update date (`updated`) has low confidence; a year-less one is handed back as such. */
function dateOfLine(lines: string[], i: number, found: FoundDate[], input: DateInput, c: LineChecks): { full: LineDate | null; yearless: FoundDate | null } {
  let yearless: FoundDate | null = null;
  for (const { f, labelled } of usableDates(lines, i, found, input, c)) {
    if (f.year !== null) return { full: c.updated ? { ...out(f, 'text', 'low'), match: f.match } : { ...out(f, 'text', 'medium'), labelled, match: f.match }, yearless };
    if (!c.updated) yearless ??= f;
  }
  return { full: null, yearless };
}

/** The first usable date in lines of text near the title; year-less dates get an inferred year (low confidence). */
function fromLines(lines: string[], input: DateInput, hints: ParseHints, bylineLike = false, checkChrome = true, updated = false): LineDate | null {
  let yearless: FoundDate | null = null;
  for (let i = 0; i < lines.length; i++) {
    const d = dateOfLine(lines, i, findDates(lines[i]!, hints), input, { bylineLike, checkChrome, updated });
    if (d.full) return d.full;
    yearless ??= d.yearless;
  }
  return yearless ? withInferredYear(yearless, input, hints) : null;
}

/** Weights of the evidence kinds in the vote (higher = more trusted). */
const W = { jsonLd: 3, meta: 2.5, metaGeneric: 1.2, itemprop: 2, timePub: 2, url: 2.5, timeNear: 1.5, text: 1.5, labelled: 3.5, hint: 1 } as const;
/** Generic meta names (`date`, `dc.date` …) that sites also fill with today's or a modification date. */
const GENERIC_META = new Set(['date', 'dc.date', 'dcterms.date', 'created', 'timestamp', 'displaydate']);

/** A date in a byline or dateline, not one mentioned inside a sentence (`the next meeting is on 5 February`). */
function isBylineLike(line: string, f: FoundDate): boolean {
  if (f.index <= 4) return true;
  const rest = (line.slice(0, f.index) + ' ' + line.slice(f.index + f.match.length)).trim();
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(rest)) return rest.length <= 40 || f.index <= 12;
  return rest.split(/\s+/).length <= 10 || f.index <= 25 && rest.length <= 160;
}

export function resolveDate(input: DateInput): DateResult {
  const maxYear = maxYearFor(input.referenceDate);
  const hints: ParseHints = { monthFirst: input.monthFirst, maxYear };
  if (input.format === 'text') return resolveTextDate(input, hints);
  const facts = input.facts;
  const jl = input.jsonLd;
  const cands: Candidate[] = [];
  const add = (f: FoundDate | null, source: DateSource, weight: number): void => {
    if (!f || f.year === null) return;
    cands.push(candidate(f, source, weight));
  };
  if (jl) jsonLdCandidates(jl, hints, add);
  if (facts) {
    for (const name of PUBLISHED_META) {
      const f = firstStructured(facts.metas.get(name), hints);
      if (f) { add(f, 'meta', GENERIC_META.has(name) ? W.metaGeneric : W.meta); break; }
    }
    elementCandidates(facts, hints, add);
  }
  const u = dateFromUrl(input.url, maxYear);
  if (u) cands.push({ date: u, iso: null, source: 'url', weight: W.url, minutes: null, offset: null });
  const textHints: ParseHints = { ...hints, shortYears: true };
  let text: (DateResult & { labelled?: boolean }) | null = null;
  // the title's surroundings were read with their own chrome filter: an extractor that cut the header as chrome does not veto them
  // the byline under the title first; else the lines right above it (a header's "today" date sits further up)
  if (facts) {
    for (const w of facts.nearTitle) {
      text = fromLines(w.lines.slice(w.before), input, textHints, true, false)
        ?? fromLines(w.lines.slice(Math.max(0, w.before - BEFORE_TITLE_LINES), w.before + 1), input, textHints, true, false);
      if (text) break;
    }
  }
  // visible text counts once: not again when a <time> element already gave the same date
  if (text?.date && text.confidence !== 'low' && (text.labelled || !cands.some((c) => (c.source === 'time' || c.source === 'text') && c.date === text!.date))) {
    cands.push({ date: text.date, iso: null, source: 'text', weight: text.labelled ? W.labelled : W.text, minutes: null, offset: null });
  }
  // nothing above: the first date-classed element outside chrome (relative to the title), else a date standing
  // alone on one of the first or last lines of the article (`Benni` / `10. September 2017` under a letter)
  if (facts && !cands.length) {
    for (const d of facts.dates) {
      if (d.kind !== 'hint' || d.chrome || d.role === 'mod') continue;
      const f = findDates(d.text, textHints).find((x) => x.year !== null);
      if (f) { add(f, 'text', W.hint); break; }
    }
  }
  if (!cands.length) add(edgeDate(input.body, textHints), 'text', W.hint);
  applyBounds(cands, input.url);
  const win = vote(cands);
  if (win) return win;
  // a year-less date with an inferred year; a modification date alone is never taken for the publication date
  if (text) return { date: text.date, source: text.source, confidence: text.confidence };
  return updatedDate(input, facts, textHints) ?? NONE;
}

/**
 * No publication date anywhere: the date the page shows as its last update under the title (`Updated on July 9,
 * 2025`), which is then the only date a reader is given. Low confidence; `dateKind` says it is an update.
 */
function updatedDate(input: DateInput, facts: HtmlFacts | null, hints: ParseHints): DateResult | null {
  if (!facts || !input.updatedDates) return null;
  for (const w of facts.nearTitle) {
    const r = fromLines(w.lines.slice(w.before), input, hints, true, false, true);
    if (r) return { ...r, kind: 'updated' };
  }
  return null;
}

/**
 * The JSON-LD publication date; when the main items give several different datePublished days (a page item and
 * its article, copied by plugins …), each day gets its share of the weight: the JSON-LD is ambiguous.
 */
function jsonLdCandidates(jl: JsonLdFacts, hints: ParseHints, add: (f: FoundDate | null, s: DateSource, w: number) => void): void {
  const days = new Map<string, { f: FoundDate; n: number }>();
  let total = 0;
  for (const v of jl.datePublished.slice(0, 8)) {
    const f = parseStructured(v, hints);
    if (!f || f.year === null) continue;
    const k = ymd(f.year, f.month, f.day);
    const e = days.get(k);
    if (e) e.n++; else days.set(k, { f, n: 1 });
    total++;
  }
  if (days.size < 2) { add(firstStructured(jl.published, hints), 'json-ld', W.jsonLd); return; }
  for (const { f, n } of days.values()) add(f, 'json-ld', W.jsonLd * n / total);
}

/** Microdata itemprop, <time>/<abbr> marked as the publication date, and the first <time> right after the title. */
function elementCandidates(facts: HtmlFacts, hints: ParseHints, add: (f: FoundDate | null, s: DateSource, w: number) => void): void {
  const parse = (d: DateElement): FoundDate | null => (d.attr ? parseStructured(d.attr, hints) : null) ?? (d.text ? parseStructured(d.text, hints) : null);
  // an explicit publication-date element close to the title counts even inside a box whose class looks like chrome
  const t0 = facts.titlePos;
  const ok = (d: DateElement): boolean => !d.chrome || (!d.hardChrome && t0 >= 0 && Math.abs(d.pos - t0) <= EXPLICIT_NEAR_TITLE);
  const ip = facts.dates.find((d) => d.kind === 'itemprop' && d.role === 'pub' && ok(d) && parse(d));
  if (ip) add(parse(ip), 'meta', W.itemprop);
  const tp = facts.dates.find((d) => (d.kind === 'time' || d.kind === 'abbr') && d.role === 'pub' && ok(d) && parse(d));
  if (tp) add(parse(tp), 'time', W.timePub);
  // a date element whose class or label says "published" (`<span class="post-date">`, `Published on: …`)
  const hp = tp ? undefined : facts.dates.find((d) => d.kind === 'hint' && d.role === 'pub' && ok(d) && parse(d));
  if (hp) add(parse(hp), 'text', W.timePub);
  if (t0 >= 0 && !tp && !hp) {
    // the first <time>, else the first date-classed element, right at the title; a chrome-looking box counts only just after it
    const at = (d: DateElement): boolean => d.role !== 'mod' && d.pos >= t0 - NEAR_BEFORE && d.pos <= t0 + TIME_AFTER_TITLE && (!d.chrome || (!d.hardChrome && d.pos > t0 && d.pos <= t0 + NEAR_AFTER_IN_CHROME));
    const near = facts.dates.find((d) => d.kind === 'time' && at(d) && parse(d)) ?? facts.dates.find((d) => d.kind === 'hint' && at(d) && parse(d));
    if (near) add(parse(near), near.kind === 'time' ? 'time' : 'text', W.timeNear);
  }
}

/** A date alone on a short line among the first or last lines of the article text, not labelled as an update. */
function edgeDate(body: string, hints: ParseHints): FoundDate | null {
  const lines = edgeLines(body);
  for (const l of lines) {
    if (l.length > EDGE_LINE_MAX || COPYRIGHT.test(l)) continue;
    const f = findDates(l, hints).find((x) => x.year !== null);
    if (!f || !isBylineLike(l, f)) continue;
    const before = l.slice(0, f.index);
    if (UPDATED_LABEL.test(before.trim()) || LAST_LABEL.exec(before)?.[1]) continue;
    return f;
  }
  return null;
}

/** The first and last EDGE_LINES non-empty lines of a text, without splitting all of it. */
function edgeLines(body: string): string[] {
  const head: string[] = [];
  for (let i = 0; head.length < EDGE_LINES && i < body.length;) {
    const j = body.indexOf('\n', i);
    const l = body.slice(i, j < 0 ? body.length : j).trim();
    if (l) head.push(l);
    if (j < 0) break;
    i = j + 1;
  }
  const tail: string[] = [];
  for (let j = body.length; tail.length < EDGE_LINES && j > 0;) {
    const i = body.lastIndexOf('\n', j - 1);
    const l = body.slice(i + 1, j).trim();
    if (l) tail.unshift(l);
    if (i < 0) break;
    j = i;
  }
  return [...head, ...tail];
}

function resolveTextDate(input: DateInput, hints: ParseHints): DateResult {
  for (const line of input.bylineZone.slice(0, 3)) {
    const m = DATE_HEADER_LINE.exec(line);
    if (m) { const f = parseStructured(m[1]!, hints); if (f) return out(f, 'header-line', 'high'); }
  }
  const textHints = { ...hints, shortYears: true };
  const w = input.dateWindow ? windowDate(input.dateWindow, input, textHints, false) : null;
  if (w) return w;
  // the window covers the byline zone; without one (a caller's own zone), the zone's first byline-like date
  const z = input.dateWindow ? null : fromLines(input.bylineZone, input, textHints, true);
  if (z) return z;
  const u = dateFromUrl(input.url, hints.maxYear!);
  if (u) return { date: u, source: 'url', confidence: 'high' };
  const up = input.dateWindow && input.updatedDates ? windowDate(input.dateWindow, input, textHints, true) : null;
  return up ? { ...up, confidence: 'low', kind: 'updated' } : NONE;
}

/** Lines before the title count this much more per line of distance than lines after it (lists of other stories sit above). */
const BEFORE_TITLE_COST = 1.5;
/** A date printed this many times around the title belongs to a list of other stories (`What's Hot` … `May 9, 2025`). */
const LIST_DATE_REPEATS = 3;

/** A line long enough to be a headline: four words, or eight CJK characters. */
const HEADLINE_LINE = /(?:\S+\s+){3}\S|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{8}/u;

/**
 * Dates of a list of other stories: printed on LIST_DATE_REPEATS lines or more, each time after a different
 * headline (`Storm closes schools` / `May 9, 2025` / `Local team wins` / `May 9, 2025`). A thread's date repeated
 * by its byline and its first post (`By Rabbids` / `Posted March 19, 2024`) is not one.
 */
function listDatesIn(lines: string[], dates: FoundDate[][]): Set<string> {
  const heads = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    for (const f of dates[i]!) {
      count.set(f.match, (count.get(f.match) ?? 0) + 1);
      const own = lines[i]!.replace(f.match, ' ');
      const head = HEADLINE_LINE.test(own) ? own : [i - 1, i - 2].map((j) => (j >= 0 && !dates[j]!.length ? lines[j]! : '')).find((l) => HEADLINE_LINE.test(l));
      if (!head) continue;
      const s = heads.get(f.match) ?? new Set<string>();
      s.add(head);
      heads.set(f.match, s);
    }
  }
  const out = new Set<string>();
  for (const [m, n] of count) if (n >= LIST_DATE_REPEATS && (heads.get(m)?.size ?? 0) >= 2) out.add(m);
  return out;
}

/**
 * Text dumps: the byline-like date nearest to the title line (else the article's first line) in the window around it,
 * lines below the title preferred. A date printed on several lines there is a list's, not the article's.
 */
function windowDate(win: { lines: string[]; anchor: number }, input: DateInput, hints: ParseHints, updated: boolean): DateResult | null {
  const { lines, anchor } = win;
  const dates = lines.map((l) => findDates(l, hints));
  const listDates = listDatesIn(lines, dates);
  const checks: LineChecks = { bylineLike: true, checkChrome: false, updated };
  let best: { r: DateResult; cost: number } | null = null;
  let yearless: { f: FoundDate; cost: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cost = i >= anchor ? i - anchor : (anchor - i) * BEFORE_TITLE_COST;
    if (best && cost >= best.cost) continue;
    const d = dateOfLine(lines, i, dates[i]!, input, checks);
    if (d.full && !listDates.has(d.full.match!)) best = { r: { date: d.full.date, source: d.full.source, confidence: d.full.confidence }, cost };
    // a year-less date (its year inferred) only when no full date is found
    else if (!d.full && d.yearless && !listDates.has(d.yearless.match) && (!yearless || cost < yearless.cost)) yearless = { f: d.yearless, cost };
  }
  if (best) return best.r;
  const y = yearless ? withInferredYear(yearless.f, input, hints) : null;
  return y ? { date: y.date, source: y.source, confidence: y.confidence } : null;
}

function maxYearFor(referenceDate: string | undefined): number {
  const now = new Date().getUTCFullYear() + 1;
  if (!referenceDate) return now;
  const y = /^(\d{4})/.exec(referenceDate);
  return y ? Math.max(+y[1]! + 1, 1995) : now;
}
