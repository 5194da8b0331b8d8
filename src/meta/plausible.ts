/** Plausibility bound for publication-date candidates: a year/month written in the page's URL. */
import type { Candidate } from './vote.js';

const DAY_MS = 86_400_000;
/** Weight left to a candidate that the bounds make implausible (it still wins when nothing else exists). */
const IMPLAUSIBLE_FACTOR = 0.25;
/** `/2019/12/` in a URL path (a full `/2019/12/09/` date is read by url-date.ts). */
const URL_YEAR_MONTH = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])(?:\/|$)/;

/** The year and month of a URL path like `/2019/12/slug`, or null. */
export function urlYearMonth(url: string | null): { year: number; month: number } | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const m = URL_YEAR_MONTH.exec(path);
  return m ? { year: +m[1]!, month: +m[2]! } : null;
}

/**
 * Lowers the weight of candidates outside the year/month written in the URL path (URLs are made when the
 * article is published), with a day of slack for time zones. Returns how many candidates were lowered.
 * (A bound by the declared modification date does not hold: scheduled posts are published after their last edit.)
 */
export function applyBounds(cands: Candidate[], url: string | null): number {
  let lowered = 0;
  const ym = urlYearMonth(url);
  const from = ym ? Date.UTC(ym.year, ym.month - 1, 1) - DAY_MS : NaN;
  const to = ym ? Date.UTC(ym.year, ym.month, 1) : NaN; // first day of the next month = last day + 1
  for (const c of cands) {
    const t = Date.parse(c.date);
    if (ym && c.source !== 'url' && (t < from || t > to)) { c.weight *= IMPLAUSIBLE_FACTOR; c.note = 'implausible'; lowered++; }
  }
  return lowered;
}
