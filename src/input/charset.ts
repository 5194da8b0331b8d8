/** Charset labels: WHATWG normalisation and where pages declare them (HTTP content-type, <meta>, <?xml?>). */
import iconv from 'iconv-lite';
import { CHARSET_ALIASES, REFUSED_CHARSETS } from './vocab/charsets.js';
import { CONTENT_TYPE_CHARSET, META_TAG, META_CHARSET_ATTR, META_HTTP_EQUIV_CT, META_CONTENT_ATTR, XML_DECL_ENCODING, HTML_COMMENT } from './vocab/markup.js';

/** True when we can decode this (iconv-lite name, or a WHATWG name Node's TextDecoder knows). */
export function canDecode(name: string): boolean {
  if (iconv.encodingExists(name)) return true;
  try { new TextDecoder(name); return true; } catch { return false; }
}

/** A charset label as a page or server writes it → the name we decode with, or null when unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const n = label.trim().toLowerCase().replace(/^["']+|["']+$/g, '').trim();
  if (!n || n.length > 40) return null;
  const m = CHARSET_ALIASES[n] ?? n;
  if (REFUSED_CHARSETS.has(m) || REFUSED_CHARSETS.has(n)) return null;
  return canDecode(m) ? m : null;
}

/** Charset from an HTTP `content-type` header value. */
export function charsetFromContentType(ct: string | undefined): string | null {
  if (!ct) return null;
  const m = CONTENT_TYPE_CHARSET.exec(ct);
  return m ? normalizeCharset(m[1]) : null;
}

/**
 * Charset declared in the page itself: `<meta charset>`, `<meta http-equiv="content-type" content="…charset=…">`
 * (attributes in any order) or an XML declaration. Looks at the first `head` characters, comments removed.
 * Per WHATWG, a UTF-16 label found this way means UTF-8 (the meta could not be read if the page were UTF-16).
 */
export function charsetFromMarkup(head: string): string | null {
  const text = head.includes('<!--') ? head.replace(HTML_COMMENT, '') : head;
  META_TAG.lastIndex = 0;
  for (let m = META_TAG.exec(text); m; m = META_TAG.exec(text)) {
    const tag = m[0];
    let label: string | undefined = META_CHARSET_ATTR.exec(tag)?.[1];
    if (!label && META_HTTP_EQUIV_CT.test(tag)) {
      const content = META_CONTENT_ATTR.exec(tag);
      const value = content?.[1] ?? content?.[2] ?? content?.[3];
      label = value ? CONTENT_TYPE_CHARSET.exec(value)?.[1] : undefined;
    }
    const cs = normalizeCharset(label);
    if (cs) return cs.startsWith('utf-16') ? 'utf-8' : cs;
  }
  const xml = XML_DECL_ENCODING.exec(text.slice(0, 200));
  const cs = normalizeCharset(xml?.[1]);
  return cs ? (cs.startsWith('utf-16') ? 'utf-8' : cs) : null;
}

/** Decodes with iconv-lite, or Node's WHATWG TextDecoder for the few charsets iconv-lite lacks (iso-2022-jp). */
export function decodeAs(buf: Buffer, name: string): string {
  if (iconv.encodingExists(name)) return iconv.decode(buf, name, { stripBOM: false });
  return new TextDecoder(name).decode(buf);
}
