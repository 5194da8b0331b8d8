/** The date vote: sums the weights of the candidate dates per calendar day, with time-zone and plausibility corrections. */
import type { DateSource } from '../types.js';
import type { FoundDate } from './date-parse.js';
import { ymd } from './date-parse.js';

export interface Candidate {
  /** `YYYY-MM-DD` as written by the source. */
  date: string;
  /** Full ISO date-time with offset, when the source gave one. */
  iso: string | null;
  source: DateSource;
  weight: number;
  /** Time of day (minutes) the source gave, or null. */
  minutes: number | null;
  /** The source's UTC offset in minutes; null when it gave a time without one (or no time). */
  offset: number | null;
  /** Set by the vote: an inconsistency lowered this candidate's weight. */
  note?: string;
}

export interface VoteResult {
  date: string;
  source: DateSource;
  confidence: 'high' | 'medium';
}

const DAY_MS = 86_400_000;
/** Real UTC offsets span -12:00 … +14:00. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;
/** Weight left to a timestamp that is the same moment as a local date one day away. */
const SAME_MOMENT_FACTOR = 0.4;

export function candidate(f: FoundDate, source: DateSource, weight: number): Candidate {
  return { date: ymd(f.year!, f.month, f.day), iso: f.iso, source, weight, minutes: f.minutes ?? null, offset: f.minutes == null ? null : f.offset ?? null };
}

function shiftDay(date: string, minutes: number, offset: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + (minutes + offset) * 60_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * True when timestamp `c` (written in UTC, or with no offset at all) may be the same moment as the local
 * calendar date `other`, one day away: read in one of the page's own offsets, or when the page gives none,
 * in some real offset (a 03:05 UTC time can be the evening before in America, a 15:00 one never the next day).
 */
function sameMoment(c: Candidate, other: string, pageOffsets: number[]): boolean {
  if (c.minutes === null || (c.offset !== null && c.offset !== 0)) return false;
  if (Math.abs(Date.parse(other) - Date.parse(c.date)) !== DAY_MS) return false;
  if (pageOffsets.length) return pageOffsets.some((o) => shiftDay(c.date, c.minutes!, o) === other);
  return shiftDay(c.date, c.minutes, MIN_OFFSET) === other || shiftDay(c.date, c.minutes, MAX_OFFSET) === other;
}

/** 2: a UTC timestamp (server time), 1: a time without an offset, 0: a local date (a date alone, or a time with its offset). */
function zoneRank(c: Candidate): number {
  if (c.minutes === null) return 0;
  return c.offset === 0 ? 2 : c.offset === null ? 1 : 0;
}

/** Sums the weights per calendar date and returns the winner, or null when nothing was found. */
export function vote(cands: Candidate[]): VoteResult | null {
  if (!cands.length) return null;
  const pageOffsets = [...new Set(cands.filter((c) => c.offset !== null && c.offset !== 0).map((c) => c.offset!))];
  const score = new Map<string, number>();
  for (const c of cands) {
    let w = c.weight;
    const r = zoneRank(c);
    if (r > 0 && cands.some((o) => zoneRank(o) < r && o.date !== c.date && sameMoment(c, o.date, pageOffsets))) {
      w *= SAME_MOMENT_FACTOR;
      c.note = 'same-moment';
    }
    score.set(c.date, (score.get(c.date) ?? 0) + w);
  }
  // on a tie the first candidate wins: they come in order of trust (JSON-LD, meta, elements, URL, text)
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of cands) {
    const sc = score.get(c.date)!;
    if (sc > bestScore) { best = c; bestScore = sc; }
  }
  const b = best!;
  const support = cands.filter((c) => c.date === b.date);
  const lead = support[0]!;
  const structured = support.some((c) => c.source !== 'text');
  const withTime = support.find((c) => c.iso && c.offset !== 0) ?? support.find((c) => c.iso);
  const date = withTime?.iso && withTime.iso.startsWith(b.date) ? withTime.iso : b.date;
  return { date, source: lead.source, confidence: structured ? 'high' : 'medium' };
}
