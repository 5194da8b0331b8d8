/**
 * Turns the per-line keep/drop decision into the Extraction: article blocks (p / h2 / li), the dump's
 * title, the byline zone around the article start, the paywall stub, and the removed log.
 */
import type { PageContext } from '../../pipeline/context.js';
import type { Block, Extraction } from '../types.js';
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';

export interface Decision {
  lines: DumpLine[];
  stats: LineStats[];
  keep: boolean[];
  /** Lines that are paywall stubs (by vocabulary or by a rule). */
  paywall: Set<number>;
  /**
   * Dropped lines whose reason a rule knows: those that went whatever the model said (`cookie` for a consent dialog,
   * as in the HTML path) and those a structure correction dropped (`duplicate`, `related`, `share`).
   */
  reasons?: Map<number, string>;
  /** Title from a scraper's header line, if any. */
  headerTitle: string | null;
  /** The header line itself, for the byline zone. */
  headerLine: string | null;
  /** Lines a rule cut before the article (looked at for the title and byline only). */
  before?: { lines: DumpLine[]; stats: LineStats[] };
}

/** Short, unpunctuated line: a heading or a title. */
export function headingLike(s: LineStats, l: DumpLine): boolean {
  if (l.bullet || s.words === 0) return false;
  const maxWords = s.cjk > s.latinWords ? 40 : 16;
  return s.words <= maxWords && !/[.。,，;；…]["'”»)）」]*$/u.test(l.text) && !s.dateOnly && !s.counterOnly;
}

function isChromeish(s: LineStats): boolean {
  return s.chromeLine || s.social > 0 || s.copyright || s.widget || s.counterOnly || s.url || s.separators > 1;
}

function removedReason(s: LineStats, l: DumpLine, afterArticle: boolean): string {
  if (s.paywall) return 'paywall';
  if (s.notice) return 'notice';
  if (s.social > 0 || /^(?:share|partager|teilen|compartir|condividi|分享)/iu.test(l.text)) return 'share';
  if (s.copyright) return 'footer';
  if (s.chromeLine || l.bullet || s.separators > 1) return 'nav';
  if (afterArticle) return 'related';
  return 'chrome';
}

/** Shortest half (characters, at least two words) of a line printed twice that is read once. */
const MIN_DOUBLED_HALF = 10;

/**
 * A line that is one text printed twice (`Go on a Road TripGo on a Road Trip`: a link's text beside its image's alt,
 * a caption beside a hidden copy) as that text once.
 */
export function undoubled(t: string): string {
  const n = t.length;
  if (n < 2 * MIN_DOUBLED_HALF) return t;
  for (const sep of ['', ' ']) {
    const h = n - sep.length;
    if (h % 2) continue;
    const a = t.slice(0, h / 2);
    if (/\s/.test(a.trim()) && t.endsWith(a) && t.slice(h / 2, h / 2 + sep.length) === sep) return a;
  }
  return t;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Lines before the anchor (title, else first article line) and after the article's first line that may hold its date. */
const DATE_BEFORE = 25;
const DATE_AFTER_FIRST = 3;
/** How far after the title line the window may reach (the article may start well below its title). */
const DATE_AFTER_TITLE = 40;

/** The title's line in the dump: where the dump's title was found, else the first line repeating the header title. */
function titleLineIndex(lines: DumpLine[], title: string | null, known: number, first: number): number {
  if (known >= 0) return known;
  if (!title) return -1;
  const t = norm(title);
  for (let k = Math.max(0, first - 60); k <= first; k++) if (norm(lines[k]!.text) === t) return k;
  return -1;
}

function dateWindow(lines: DumpLine[], stats: LineStats[], titleLine: number, first: number): { lines: string[]; anchor: number } {
  const anchor = titleLine >= 0 ? titleLine : first;
  const end = Math.min(lines.length - 1, first + DATE_AFTER_FIRST, anchor + DATE_AFTER_TITLE);
  const out: string[] = [];
  let a = 0;
  for (let k = Math.max(0, anchor - DATE_BEFORE); k <= end; k++) {
    if (k === anchor) a = out.length;
    const s = stats[k]!;
    if (k !== anchor && (s.social > 0 || s.copyright || s.widget || s.paywall || s.notice)) continue;
    out.push(lines[k]!.text);
  }
  return { lines: out, anchor: a };
}

export function assemble(d: Decision, ctx: PageContext): Extraction {
  const { lines, stats, keep } = d;
  const n = lines.length;
  // the title and byline may sit in lines a rule cut before the article
  const off = d.before?.lines.length ?? 0;
  const cLines = off ? [...d.before!.lines, ...lines] : lines;
  const cStats = off ? [...d.before!.stats, ...stats] : stats;
  let first = keep.indexOf(true);
  const last = keep.lastIndexOf(true);

  // title: the header line's, else the nearest heading-like, non-chrome line just before the article
  let title = d.headerTitle;
  let titleIdx = -1;
  if (!title && first >= 0) {
    for (let k = first + off - 1; k >= Math.max(0, first + off - 8); k--) {
      const s = cStats[k]!; const l = cLines[k]!;
      if (isChromeish(s) || s.hasDate || l.bullet || s.chromeWords > 0) continue;
      const minWords = s.cjk > s.latinWords ? 6 : 3;
      if (headingLike(s, l) && s.words >= minWords) { title = l.text; titleIdx = k - off; break; }
    }
    // a first kept line that looks like a title and is followed by prose is the title itself
    if (!title) {
      const s = stats[first]!; const l = lines[first]!;
      const next = keep.indexOf(true, first + 1);
      if (headingLike(s, l) && !s.hasDate && s.words >= 3 && next > 0 && stats[next]!.words > s.words * 2 && !s.endsColon) { title = l.text; titleIdx = first; }
    }
  }
  // drop the title where it is repeated as the first body line
  if (title && first >= 0 && (norm(lines[first]!.text) === norm(title) || titleIdx === first)) {
    keep[first] = false;
    ctx.removed.add('title', lines[first]!.text);
    first = keep.indexOf(true);
  }

  const blocks: Block[] = [];
  for (let i = 0; i < n; i++) {
    const l = lines[i]!; const s = stats[i]!;
    if (!keep[i]) {
      if (i === titleIdx) continue;
      ctx.removed.add(d.reasons?.get(i) ?? removedReason(s, l, first >= 0 && i > first), l.raw);
      continue;
    }
    let kind: Block['kind'] = 'p';
    if (l.bullet) kind = 'li';
    else if (headingLike(s, l) && !s.endsSentence) {
      const next = keep.indexOf(true, i + 1);
      if (next > 0 && (stats[next]!.words > s.words || lines[next]!.bullet)) kind = 'h2';
    }
    blocks.push({ kind, text: undoubled(l.text) });
  }

  // paywall: a stub after the article start (menus may advertise subscriptions too)
  let paywallText: string | null = null;
  for (const i of d.paywall) {
    if (first < 0 || (i >= first - 1 && i <= last + 12)) { paywallText = lines[i]!.text; break; }
  }

  // byline zone: header line, the few non-chrome lines before the article, and its first lines
  const zone: string[] = [];
  if (d.headerLine) zone.push(d.headerLine);
  if (first >= 0) {
    for (let k = Math.max(0, first + off - 5); k < first + off; k++) {
      const s = cStats[k]!; const l = cLines[k]!;
      if (l.bullet || s.social > 0 || s.chromeLine || s.copyright || s.widget) continue;
      zone.push(l.text);
    }
    let taken = 0;
    for (let k = first; k < n && taken < 2; k++) if (keep[k]) { zone.push(lines[k]!.text); taken++; }
  }
  return {
    dateWindow: first >= 0 ? dateWindow(cLines, cStats, titleLineIndex(cLines, title, titleIdx >= 0 ? titleIdx + off : -1, first + off), first + off) : undefined,
    blocks,
    html: '',
    title: title ?? null,
    paywall: { detected: paywallText !== null, text: paywallText },
    pageType: null,
    pageTypeConfidence: null,
    bylineZone: zone,
  };
}
