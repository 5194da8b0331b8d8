/**
 * Bytes to text. Order of evidence: BOM; the HTTP content-type charset, then <meta charset> / http-equiv
 * (each believed only when the bytes agree: valid UTF-8 is UTF-8, a legacy charset must fit the bytes and
 * not be contradicted by sniffing); then sniffing (chardet on the page's text); then `defaultEncoding`; then
 * windows-1252. UTF-8 with a few stray Latin-1 bytes is decoded leniently rather than as a legacy charset.
 */
import { charsetFromContentType, charsetFromMarkup, decodeAs, normalizeCharset } from './charset.js';
import { sniffCandidates, sameCharset, charsetFamily, type Candidate } from './sniff.js';
import { utf8Stats, decodeUtf8Lenient, type Utf8Stats } from './utf8.js';
import { MULTIBYTE_CHARSETS } from './vocab/charsets.js';
import { ISO_2022_JP_ESCAPE } from './vocab/markup.js';

/** Where the charset came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8' | 'sniff' | 'default';

export interface Decoded {
  text: string;
  encoding: string;
  source: CharsetSource;
}

/** Bytes of the start of the page searched for a <meta> charset (WHATWG says 1024; real pages put it later). */
const PRESCAN_BYTES = 16 * 1024;
/** Bytes counted for the UTF-8 verdict (enough for any page's character mix; whole page when smaller). */
const UTF8_CHECK_BYTES = 4 * 1024 * 1024;
/** A page whose well-formed UTF-8 sequences outnumber its stray bytes this much is UTF-8 with some damage. */
const LENIENT_UTF8_RATIO = 4;
/** Fewer non-ASCII bytes than this in a page are too little evidence to overrule a declaration. */
const MIN_EVIDENCE_HIGH_BYTES = 32;

function bomDecode(buf: Buffer): Decoded | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeUtf8(buf.subarray(3)), encoding: 'utf-8', source: 'bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeAs(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', source: 'bom' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeAs(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', source: 'bom' };
  return null;
}

/** UTF-16 without a BOM: ASCII markup leaves a NUL in every other byte. */
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 16) return null;
  let evenNul = 0; let oddNul = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) evenNul++; if (buf[i + 1] === 0) oddNul++; }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf8(buf: Buffer, stats?: Utf8Stats): string {
  return stats && stats.invalid === 0 ? buf.toString('utf8') : decodeUtf8Lenient(buf);
}

/** Share of U+FFFD among the non-ASCII characters of `buf` read as `enc`: high when a multi-byte charset does not fit. */
function misfitRate(buf: Buffer, enc: string): number {
  const text = decodeAs(buf.length > 256 * 1024 ? buf.subarray(0, 256 * 1024) : buf, enc);
  let nonAscii = 0; let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) { nonAscii++; if (c === 0xfffd) bad++; }
  }
  return nonAscii ? bad / nonAscii : 0;
}

/**
 * CJK charsets overlap (Japanese EUC bytes are valid GBK, and GB2312 even has the kana rows): read with the
 * declared charset, the text must be in that charset's script — Chinese with little kana, Korean with Hangul.
 */
function wrongScript(buf: Buffer, declared: string): boolean {
  const family = charsetFamily(declared);
  if (family !== 'zh-hans' && family !== 'zh-hant' && family !== 'ko') return false;
  const text = decodeAs(buf.length > 256 * 1024 ? buf.subarray(0, 256 * 1024) : buf, declared);
  let han = 0; let kana = 0; let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
  }
  const all = han + kana + hangul;
  if (all < MIN_EVIDENCE_HIGH_BYTES / 2) return false;
  return family === 'ko' ? hangul < all * 0.3 : kana > all * 0.1;
}

/** Does sniffing contradict the declared legacy charset? Only strong, clear evidence overrules a declaration. */
function contradicted(declared: string, candidates: Candidate[]): string | null {
  const top = candidates[0];
  if (!top || sameCharset(top.encoding, declared)) return null;
  const own = candidates.find((c) => sameCharset(c.encoding, declared))?.confidence ?? 0;
  if (top.confidence >= 20 && own * 2 < top.confidence) return top.encoding;
  if (top.confidence >= 90 && own <= top.confidence - 40) return top.encoding;
  return null;
}

/** Is the declared legacy charset believable for these bytes? Returns the charset to use instead, or null to keep it. */
function checkDeclared(buf: Buffer, declared: string, stats: Utf8Stats): string | null {
  if (stats.high < MIN_EVIDENCE_HIGH_BYTES) return null;
  const candidates = sniffCandidates(buf);
  if (MULTIBYTE_CHARSETS.has(declared) && (misfitRate(buf, declared) > 0.01 || wrongScript(buf, declared))) {
    const alt = candidates.find((c) => !sameCharset(c.encoding, declared) && c.encoding !== 'utf-8');
    if (alt) return alt.encoding;
  }
  return contradicted(declared, candidates);
}

/**
 * Decodes a page's bytes. `contentType` is the HTTP header value; `fallback` the charset to use when nothing
 * in the bytes or headers says and sniffing finds nothing.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string, defaultEncoding?: string): Decoded {
  const fallback = normalizeCharset(defaultEncoding);
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomDecode(buf);
  if (bom) return bom;

  const header = charsetFromContentType(contentType);
  const utf16 = sniffUtf16(buf);
  if (utf16) return { text: decodeAs(buf, utf16), encoding: utf16, source: header?.startsWith('utf-16') ? 'header' : 'sniff' };

  const meta = charsetFromMarkup(buf.subarray(0, PRESCAN_BYTES).toString('latin1'));
  const declared = header && !header.startsWith('utf-16') ? header : meta;
  const source: CharsetSource = declared === header ? 'header' : 'meta';
  const stats = utf8Stats(buf, UTF8_CHECK_BYTES);

  if (stats.high === 0) {
    // 7-bit: ISO-2022-JP shows itself by its escape sequences; any other ASCII-compatible charset reads it the same
    if (declared === 'iso-2022-jp' || (declared === null && ISO_2022_JP_ESCAPE.test(buf.subarray(0, 65536).toString('latin1')))) {
      return { text: decodeAs(buf, 'iso-2022-jp'), encoding: 'iso-2022-jp', source: declared ? source : 'sniff' };
    }
    return { text: buf.toString('latin1'), encoding: declared ?? 'utf-8', source: declared ? source : 'default' };
  }
  // well-formed UTF-8 is UTF-8, whatever the page declares; mostly well-formed is UTF-8 with damage
  if (stats.invalid === 0) return { text: buf.toString('utf8'), encoding: 'utf-8', source: declared === 'utf-8' ? source : 'utf-8' };
  const mostlyUtf8 = stats.valid >= LENIENT_UTF8_RATIO * stats.invalid;
  if (mostlyUtf8 && (declared === null || declared === 'utf-8')) {
    return { text: decodeUtf8Lenient(buf), encoding: 'utf-8', source: declared ? source : 'utf-8' };
  }

  // declared legacy charsets, header first, each checked against the bytes
  let sniffedInstead: string | null = null;
  for (const [cs, src] of [[header, 'header'], [meta, 'meta']] as const) {
    if (!cs || cs === 'utf-8' || cs.startsWith('utf-16')) continue;
    const instead = checkDeclared(buf, cs, stats);
    if (!instead) return { text: decodeAs(buf, cs), encoding: cs, source: src };
    sniffedInstead ??= instead;
  }
  if (mostlyUtf8 || sniffedInstead === 'utf-8') return { text: decodeUtf8Lenient(buf), encoding: 'utf-8', source: 'utf-8' };
  if (sniffedInstead) return { text: decodeAs(buf, sniffedInstead), encoding: sniffedInstead, source: 'sniff' };
  // nothing declared (or a UTF-8 declaration the bytes deny): the caller's default, else sniffing, else windows-1252
  if (fallback && fallback !== 'utf-8' && !declared) return { text: decodeAs(buf, fallback), encoding: fallback, source: 'default' };
  const sniffed = sniffCandidates(buf).find((c) => c.encoding !== 'utf-8')?.encoding;
  if (sniffed) return { text: decodeAs(buf, sniffed), encoding: sniffed, source: 'sniff' };
  return { text: decodeAs(buf, 'windows-1252'), encoding: 'windows-1252', source: 'default' };
}
