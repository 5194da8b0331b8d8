/**
 * Page-structure corrections after the line model: lists whose items carry a date or timestamp
 * (trending / related lists), lines printed twice in a row, a run of kept lines printed twice in a row, a text
 * printed again further down, share bars, byline lines at the article start, kept fragments far away from
 * the main article run, and tables inside the article (kept whole).
 */
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';
import { isProse } from './features.js';
import { TABLE_ROW_RE } from './patterns.js';
import { dropDuplicateRuns } from '../duplicate-runs.js';
import { dropLaterCopies } from '../later-copies.js';

/** Longest a list item may be (words) before it reads as a post or a paragraph. */
const ITEM_MAX_WORDS = 45;
/** Most lines between two dated items of one list. */
const LIST_GAP = 5;
/** Fewest dated items that make a list. */
const LIST_MIN = 3;
/** Fewest words of a line whose later copies on the page go (a lone word or number recurs for good reasons). */
const COPY_MIN_WORDS = 2;
/** Fewest rows of a table inside the article that is kept whole. */
const TABLE_MIN_ROWS = 4;
/** A kept line this close (lines) before and after a table puts it inside the article. */
const TABLE_NEAR = 3;
/** Fewest social-network words on a share bar line. */
const SHARE_MIN = 3;
/** Least share of a share bar's words that are social-network or chrome words. */
const SHARE_SHARE = 0.7;

/** Lines inside lists whose items each carry a date line (headline, [source], date …). */
export function datedListLines(stats: LineStats[]): Set<number> {
  const out = new Set<number>();
  const dates: number[] = [];
  stats.forEach((s, i) => { if (s.dateOnly || (s.counterOnly && s.hasTime)) dates.push(i); });
  let a = 0;
  while (a < dates.length) {
    let b = a;
    while (b + 1 < dates.length && dates[b + 1]! - dates[b]! <= LIST_GAP) b++;
    if (b - a + 1 >= LIST_MIN) {
      const start = dates[a]!; const end = dates[b]!;
      // the first item's headline sits just before the first date line
      let s0 = start;
      const period = Math.max(1, Math.round((end - start) / (b - a)));
      for (let k = start - 1; k >= Math.max(0, start - period + 1); k--) {
        if (stats[k]!.words > ITEM_MAX_WORDS || stats[k]!.dateOnly) break;
        s0 = k;
      }
      for (let k = s0; k <= end; k++) if (stats[k]!.words <= ITEM_MAX_WORDS) out.add(k);
    }
    a = b + 1;
  }
  return out;
}

/**
 * Applies the corrections to `keep` in place. A line the model kept and a correction drops gets that correction's
 * reason in `reasons` (`related`, `duplicate`, `share`) for the removed log, when a map is given.
 */
export function correctStructure(lines: DumpLine[], stats: LineStats[], keep: boolean[], reasons?: Map<number, string>): void {
  const n = lines.length;
  const cut = (i: number, reason: string): void => {
    if (keep[i] && reasons && !reasons.has(i)) reasons.set(i, reason);
    keep[i] = false;
  };
  const dated = datedListLines(stats);
  for (const i of dated) cut(i, 'related');
  // a short line printed twice in a row is a teaser / widget, not prose
  for (let i = 0; i + 1 < n; i++) {
    if (stats[i]!.key === stats[i + 1]!.key && stats[i]!.words <= 80) { cut(i, 'duplicate'); cut(i + 1, 'duplicate'); }
  }
  // a line made of social-network / share words is a share bar, wherever it sits
  for (let i = 0; i < n; i++) {
    const s = stats[i]!;
    if (keep[i] && s.social >= SHARE_MIN && s.social + s.chromeWords >= s.words * SHARE_SHARE) cut(i, 'share');
  }
  // byline / date lines before the first prose line of the article belong to the byline zone
  const first = keep.indexOf(true);
  if (first >= 0) {
    for (let i = first; i < n; i++) {
      if (!keep[i]) continue;
      const s = stats[i]!;
      if (s.words >= 12 && (s.endsSentence || s.sentencePunct > 0)) break;
      if (s.hasDate && s.words <= 14) keep[i] = false;
    }
  }
  // a run of kept lines printed again right after itself (responsive layouts) is read once
  for (const i of dropDuplicateRuns(lines.map((l) => l.text), keep)) reasons?.set(i, 'duplicate');
  for (const i of dropLaterCopies(stats.map((st) => (st.words >= COPY_MIN_WORDS ? st.key : null)), keep)) reasons?.set(i, 'duplicate');
  dropFarFragments(stats, keep, dated);
  keepArticleTables(lines, keep);
}

/**
 * A table between kept article lines (kept lines within `TABLE_NEAR` lines before and after it) is part of the
 * article and is kept whole: its rows (`1/1/2013  +13.1%`) read like a list of dates or counters line by line, and
 * the model drops many of them, but the article's data table is what its text refers to.
 */
function keepArticleTables(lines: DumpLine[], keep: boolean[]): void {
  const n = lines.length;
  const row = lines.map((l) => TABLE_ROW_RE.test(l.raw));
  const keptIn = (a: number, b: number): boolean => {
    for (let k = Math.max(0, a); k <= Math.min(n - 1, b); k++) if (keep[k]) return true;
    return false;
  };
  for (let i = 0; i < n;) {
    if (!row[i]) { i++; continue; }
    let j = i;
    while (j + 1 < n && row[j + 1]) j++;
    if (j - i + 1 >= TABLE_MIN_ROWS && keptIn(i - TABLE_NEAR, i - 1) && keptIn(j + 1, j + TABLE_NEAR)) {
      for (let k = i; k <= j; k++) keep[k] = true;
    }
    i = j + 1;
  }
}

/**
 * Kept fragments separated from the main article run by many dropped lines, and much smaller, are chrome when they
 * hold no prose line, or when a dated list (related / trending items) separates them from the article: what comes
 * after such a list is a sidebar or an account profile, not the article's continuation.
 */
function dropFarFragments(stats: LineStats[], keep: boolean[], dated: Set<number>, gap = 8): void {
  const segs: Array<{ a: number; b: number; words: number }> = [];
  let cur: { a: number; b: number; words: number } | null = null;
  let dropped = 0;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]) {
      if (!cur || dropped >= gap) { cur = { a: i, b: i, words: 0 }; segs.push(cur); }
      cur.b = i; cur.words += stats[i]!.words; dropped = 0;
    } else dropped++;
  }
  if (segs.length < 2) return;
  const main = segs.reduce((m, s) => (s.words > m.words ? s : m));
  for (const s of segs) {
    if (s === main || s.words >= main.words * 0.25) continue;
    // a fragment with prose is kept, unless a dated (related / trending) list lies between it and the article
    let prose = false;
    for (let i = s.a; i <= s.b && !prose; i++) prose = keep[i]! && isProse(stats[i]!);
    if (prose) {
      const [lo, hi] = s.a > main.b ? [main.b, s.a] : [s.b, main.a];
      let list = false;
      for (let i = lo; i < hi && !list; i++) list = dated.has(i);
      if (!list) continue;
    }
    for (let i = s.a; i <= s.b; i++) keep[i] = false;
  }
}
