/**
 * Bytes to text. Order of evidence: BOM, the HTTP content-type charset, <meta charset> / http-equiv
 * (believed only when the bytes agree: a page that is valid UTF-8 is UTF-8), then sniffing (chardet).
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

function normalizeCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = name.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!n) return null;
  const alias: Record<string, string> = { 'gb2312': 'gbk', 'x-gbk': 'gbk', 'iso-8859-1': 'windows-1252', 'latin1': 'windows-1252', 'ascii': 'windows-1252', 'us-ascii': 'windows-1252', 'x-sjis': 'shift_jis', 'sjis': 'shift_jis', 'utf8': 'utf-8', 'unicode': 'utf-8' };
  const m = alias[n] ?? n;
  return iconv.encodingExists(m) ? m : null;
}

function charsetFromContentType(ct: string | undefined): string | null {
  if (!ct) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct);
  return m ? normalizeCharset(m[1]) : null;
}

function charsetFromMeta(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? normalizeCharset(m[1]) : null;
}

function isValidUtf8(b: Uint8Array): boolean {
  try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; }
}

function hasHighBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

export function decodeBytes(bytes: Uint8Array, contentType?: string, fallback?: string): { text: string; encoding: string } {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: iconv.decode(Buffer.from(b.subarray(3)), 'utf-8'), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(buf.subarray(0, 4096).toString('latin1'));
  const utf8 = !hasHighBytes(buf) || isValidUtf8(buf);
  let enc: string | null = null;
  if (declared) enc = declared === 'utf-8' || !utf8 || !hasHighBytes(buf) ? declared : 'utf-8';
  if (declared === 'utf-8' && !utf8) enc = null; // a wrong declaration: sniff instead
  if (!enc && utf8) enc = 'utf-8';
  if (!enc) enc = normalizeCharset(chardet.detect(buf.subarray(0, 65536)) as string | null) ?? normalizeCharset(fallback) ?? 'windows-1252';
  return { text: iconv.decode(buf, enc), encoding: enc };
}
