/** UTF-8 validation statistics and a lenient decoder for pages that are UTF-8 with a few stray legacy bytes. */
import iconv from 'iconv-lite';

export interface Utf8Stats {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
  /** Bytes ≥ 0x80. */
  high: number;
}

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
export function utf8SeqLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number; let lo = 0x80; let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) { n = 3; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
  else return 0;
  if (i + n > b.length) return 0;
  const c1 = b[i + 1]!;
  if (c1 < lo || c1 > hi) return 0;
  for (let k = 2; k < n; k++) { const ck = b[i + k]!; if (ck < 0x80 || ck > 0xbf) return 0; }
  return n;
}

/** Counts well-formed multi-byte sequences and stray bytes (stops counting after `limit` bytes). */
export function utf8Stats(b: Uint8Array, limit = b.length): Utf8Stats {
  const end = Math.min(limit, b.length);
  let valid = 0; let invalid = 0; let high = 0;
  for (let i = 0; i < end;) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    const n = utf8SeqLength(b, i);
    if (n) { valid++; high += n; i += n; } else { invalid++; high++; i++; }
  }
  return { valid, invalid, high };
}

/**
 * Decodes UTF-8, reading each stray byte (one that starts no well-formed sequence) as windows-1252 instead of
 * U+FFFD: pages stitched from a UTF-8 template and a Latin-1 database field come out whole.
 */
export function decodeUtf8Lenient(buf: Buffer): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < buf.length;) {
    const c = buf[i]!;
    if (c < 0x80) { i++; continue; }
    const n = utf8SeqLength(buf, i);
    if (n) { i += n; continue; }
    if (i > start) parts.push(buf.toString('utf8', start, i));
    parts.push(iconv.decode(buf.subarray(i, i + 1), 'windows-1252'));
    i++;
    start = i;
  }
  if (start < buf.length) parts.push(buf.toString('utf8', start));
  return parts.join('');
}
