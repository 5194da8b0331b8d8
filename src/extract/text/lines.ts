/**
 * Splits a text dump into logical lines: detects the column width a text browser hard-wrapped at
 * (w3m/lynx/links print paragraphs wrapped at ~80 columns) and re-joins the wrapped pieces, or the pieces of
 * paragraphs a scraper printed one text node per line (fragments.ts).
 */
import { BULLET_RE } from './patterns.js';
import { CJK_CLASS } from '../vocab/cjk.js';
import { isFragmented, joinFragments } from './fragments.js';
import { restoreParagraphGaps } from './paragraph-gaps.js';
import { undoTextMarkup } from './text-markup.js';
import { splitOneLineDump } from './one-line.js';

export interface DumpLine {
  /** Trimmed text, bullet kept. */
  raw: string;
  /** Trimmed text without its bullet. */
  text: string;
  indent: number;
  bullet: boolean;
  /** A blank line precedes / follows this line in the dump. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Number of dump lines joined into this one. */
  pieces: number;
}

const CJK_CHAR_RE = new RegExp(`[${CJK_CLASS}]`);

/** Display width in terminal columns (CJK and full-width characters take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) { w++; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { i++; w++; continue; } // an astral character: one column
    w += (c <= 0x115f || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf)
      || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
      || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
  }
  return w;
}

function indentOf(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\u00a0')) i++;
  return i;
}

/**
 * The column width the dump was wrapped at, or 0 when it was not wrapped (one element per line).
 * Wrapped dumps have many lines ending just short of one maximum width.
 */
export function detectWrapWidth(lines: string[], lineWidths: number[] = lines.map(displayWidth)): number {
  const widths: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lineWidths[i]! > 0 && lines[i]!.trim()) widths.push(lineWidths[i]!);
  if (widths.length < 5) return 0;
  const sorted = [...widths].sort((a, b) => b - a);
  const W = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.01))]!;
  if (W < 30 || W > 400) return 0;
  let near = 0; let long = 0; let ended = 0; let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const w = lineWidths[i]!;
    if (w >= 20) long++;
    if (w > W - 16 && w <= W) {
      near++;
      // a line cut at the width rarely ends a sentence, and the next line carries on
      if (/[.!?。！？]["'”»)]*$/u.test(l)) ended++;
      if (lines[i + 1]?.trim()) continued++;
    }
  }
  return near >= 3 && near >= 0.08 * long && ended < near * 0.5 && continued >= near * 0.5 ? W : 0;
}

function firstWordWidth(s: string): number {
  const t = s.trimStart();
  if (!t) return 0;
  if (CJK_CHAR_RE.test(t[0]!)) return 2;
  const sp = t.search(/\s/);
  return displayWidth(sp < 0 ? t : t.slice(0, sp));
}

function glue(a: string, b: string): string {
  const last = a[a.length - 1] ?? '';
  const first = b[0] ?? '';
  if (CJK_CHAR_RE.test(last) && CJK_CHAR_RE.test(first)) return a + b;
  if (last === '-' && /\p{L}/u.test(a[a.length - 2] ?? '') && /\p{Ll}/u.test(first)) return a + b;
  return a + ' ' + b;
}

/** Splits a dump into trimmed logical lines with wrapped pieces re-joined; blank lines become flags. */
export function splitDump(text: string): { lines: DumpLine[]; wrapWidth: number } {
  const rawLines = splitOneLineDump(undoTextMarkup(text)).replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n').map((l) => l.replace(/\s+$/u, ''));
  const widths = rawLines.map(displayWidth);
  const W = detectWrapWidth(rawLines, widths);
  const out: DumpLine[] = [];
  let blank = true;
  let prevRawWidth = 0; let contIndent = -1; let blanks = 0;
  for (let li = 0; li < rawLines.length; li++) {
    const l = rawLines[li]!;
    const t = l.trim();
    if (!t) { blank = true; blanks++; if (out.length) out[out.length - 1]!.blankAfter = true; contIndent = -1; continue; }
    const ind = indentOf(l);
    const m = BULLET_RE.exec(t);
    const prev = out[out.length - 1];
    if (W && prev && !blank && !m && ind === contIndent && prevRawWidth + 1 + firstWordWidth(t) > W - 2 && prevRawWidth > W * 0.55) {
      prev.raw = glue(prev.raw, t);
      prev.text = glue(prev.text, t);
      prev.pieces++;
      prevRawWidth = widths[li]!;
      continue;
    }
    const bulletText = m ? t.slice(m[0].length).trim() : t;
    out.push({ raw: t, text: bulletText || t, indent: ind, bullet: !!m && !!bulletText, blankBefore: blank, blankAfter: false, pieces: 1 });
    prevRawWidth = widths[li]!;
    // a continuation of a bullet item starts under the item's text
    contIndent = m ? ind + m[0].length : ind;
    blank = false;
  }
  // a scraper's "get all text" (one text node per line) broke paragraphs at their links
  const joined = isFragmented(out, W, blanks) ? joinFragments(out, glue) : out;
  // …and printed no paragraph gaps: set them where a text browser would have
  return { lines: restoreParagraphGaps(joined, blanks), wrapWidth: W };
}
