/**
 * Charset sniffing with chardet, run on the page's text only (scripts, styles, comments and tags cut out,
 * so ASCII markup does not drown the statistics), and a check of a declared legacy charset against it.
 */
import chardet from 'chardet';
import { normalizeCharset } from './charset.js';
import { CHARSET_FAMILY, NEAR_CHARSETS } from './vocab/charsets.js';
import { NON_TEXT_REGIONS } from './vocab/markup.js';

/** Bytes looked at when sniffing. */
const SAMPLE_BYTES = 256 * 1024;
/** chardet's statistics need this many non-ASCII bytes in the text to be worth more than the markup's. */
const MIN_TEXT_HIGH_BYTES = 32;

export interface Candidate { encoding: string; confidence: number }

/** The text-bearing bytes of a page (tags etc. removed), or the whole sample when the text has too few non-ASCII bytes. */
function textBytes(buf: Buffer): Buffer {
  const sample = buf.length > SAMPLE_BYTES ? buf.subarray(0, SAMPLE_BYTES) : buf;
  const latin1 = sample.toString('latin1');
  NON_TEXT_REGIONS.lastIndex = 0;
  const text = Buffer.from(latin1.replace(NON_TEXT_REGIONS, ' '), 'latin1');
  let high = 0;
  for (let i = 0; i < text.length && high < MIN_TEXT_HIGH_BYTES; i++) if (text[i]! >= 0x80) high++;
  return high >= MIN_TEXT_HIGH_BYTES ? text : sample;
}

/** chardet's candidates for the page's text, best first, with our charset names (confidence 0–100). */
export function sniffCandidates(buf: Buffer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of chardet.analyse(textBytes(buf))) {
    const encoding = normalizeCharset(m.name);
    if (encoding && !out.some((c) => c.encoding === encoding)) out.push({ encoding, confidence: m.confidence });
  }
  return out;
}

/** Same charset, or two that read nearly all text the same way (gbk/gb18030, iso-8859-2/windows-1250 …). */
export function sameCharset(a: string, b: string): boolean {
  if (a === b) return true;
  return NEAR_CHARSETS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Script family of a charset (`ja`, `ko`, `zh-hans` …), or null for single-byte ones. */
export function charsetFamily(enc: string): string | null {
  return CHARSET_FAMILY[enc] ?? null;
}

/** Best sniffed charset, or null when chardet has nothing to say. */
export function sniffCharset(buf: Buffer): string | null {
  return sniffCandidates(buf)[0]?.encoding ?? null;
}
