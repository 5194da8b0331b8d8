/**
 * Output stage: article HTML through sanitize-html with an article allow-list (vocab/allow-list.ts); links and
 * images made absolute against the page URL; only http(s)/mailto/tel links and http(s) images survive.
 */
import sanitizeHtml from 'sanitize-html';
import {
  ALLOWED_TAGS, ALLOWED_ATTRIBUTES, ALLOWED_CLASSES, ALLOWED_SCHEMES, IMAGE_SCHEMES, DROPPED_WITH_CONTENT,
  LAZY_IMAGE_ATTRIBUTES, MAX_NESTING,
} from './vocab/allow-list.js';

/** Characters the URL parser strips or that never belong in a URL attribute. */
const URL_JUNK = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g;

/**
 * Resolves `u` against `base` and keeps it only when its scheme is allowed; relative URLs stay relative when
 * there is no base. Returns null for anything else.
 */
export function safeUrl(u: string, base: string | null, schemes: readonly string[]): string | null {
  const raw = u.trim();
  if (!raw || raw.length > 8192) return null;
  let abs: URL | null = null;
  try { abs = base ? new URL(raw, base) : new URL(raw); } catch { abs = null; }
  if (abs) return schemes.includes(abs.protocol.slice(0, -1)) ? abs.href : null;
  if (base) return null; // unparsable even against the base
  // no base: a relative URL may stay, but nothing that a browser could read as a scheme
  const squeezed = raw.replace(URL_JUNK, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(squeezed) || /^[\\/]{2}/.test(squeezed)) return null;
  return raw;
}

/** First URL of a srcset (`a.jpg 1x, b.jpg 2x`). */
function firstSrcsetUrl(srcset: string): string {
  return srcset.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}

/** The image's real URL: `src`, or a lazy-loading attribute when `src` is missing or a data: placeholder. */
function imageSource(attribs: Record<string, string>): string {
  const src = attribs['src']?.trim() ?? '';
  if (src && !/^data:/i.test(src.replace(URL_JUNK, ''))) return src;
  for (const a of LAZY_IMAGE_ATTRIBUTES) {
    const v = attribs[a]?.trim();
    if (!v) continue;
    const url = a.endsWith('srcset') ? firstSrcsetUrl(v) : v;
    if (url && !/^data:/i.test(url)) return url;
  }
  return '';
}

function options(baseUrl: string | null): sanitizeHtml.IOptions {
  return {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
    allowedClasses: Object.fromEntries(Object.entries(ALLOWED_CLASSES).map(([k, v]) => [k, [...v]])),
    allowedSchemes: [...ALLOWED_SCHEMES],
    allowedSchemesByTag: { img: [...IMAGE_SCHEMES] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...DROPPED_WITH_CONTENT],
    nestingLimit: MAX_NESTING,
    parseStyleAttributes: false,
    transformTags: {
      a: (tagName, attribs) => {
        const out: Record<string, string> = {};
        const href = attribs['href'] ? safeUrl(attribs['href'], baseUrl, ALLOWED_SCHEMES) : null;
        if (href) out['href'] = href;
        if (attribs['title']) out['title'] = attribs['title'];
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const out: Record<string, string> = {};
        const src = safeUrl(imageSource(attribs), baseUrl, IMAGE_SCHEMES);
        if (src) out['src'] = src;
        for (const k of ['alt', 'title', 'width', 'height']) if (attribs[k] !== undefined) out[k] = attribs[k]!;
        return { tagName, attribs: out };
      },
      blockquote: (tagName, attribs) => citeOnly(tagName, attribs, baseUrl),
      q: (tagName, attribs) => citeOnly(tagName, attribs, baseUrl),
    },
    // an image with no usable source is dropped
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
  };
}

function citeOnly(tagName: string, attribs: sanitizeHtml.Attributes, baseUrl: string | null): sanitizeHtml.Tag {
  const cite = attribs['cite'] ? safeUrl(attribs['cite'], baseUrl, ['http', 'https']) : null;
  const attribs2: Record<string, string> = cite ? { cite } : {};
  return { tagName, attribs: attribs2 };
}

/** Sanitizes article HTML: allow-listed tags and attributes only, absolute and safe URLs. */
export function sanitizeArticleHtml(html: string, baseUrl: string | null): string {
  if (!html) return '';
  let base: string | null = null;
  if (baseUrl) { try { base = new URL(baseUrl).href; } catch { base = null; } }
  return sanitizeHtml(html, options(base)).trim();
}
