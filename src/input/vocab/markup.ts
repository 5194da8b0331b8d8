/** Markup patterns used by the input stage: charset declarations, tags that mark HTML, text to skip when sniffing. */

/** `charset=…` inside a content-type value (header or meta content). */
export const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?\s*([\w.:()+-]{1,40})/i;
/** One <meta …> tag (bounded: a runaway tag cannot make the scan quadratic). */
export const META_TAG = /<meta\b[^<>]{0,1000}>/gi;
/** `charset="x"` attribute of a meta tag. */
export const META_CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([\w.:()+-]{1,40})/i;
/** `http-equiv="content-type"` attribute. */
export const META_HTTP_EQUIV_CT = /\bhttp-equiv\s*=\s*["']?\s*content-type/i;
/** `content="…"` attribute (double-quoted, single-quoted or bare). */
export const META_CONTENT_ATTR = /\bcontent\s*=\s*(?:"([^"]{0,500})"|'([^']{0,500})'|([^\s"'>]{1,500}))/i;
/** `<?xml version="1.0" encoding="x"?>` */
export const XML_DECL_ENCODING = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([\w.:()+-]{1,40})["']/i;
/** An HTML comment (non-greedy, so a comment never swallows the page). */
export const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Regions whose bytes say nothing about the text's charset (scripts, styles, comments, tags), for sniffing. */
export const NON_TEXT_REGIONS = /<script\b[^<>]{0,2000}>[\s\S]*?(?:<\/script\s*>|$)|<style\b[^<>]{0,2000}>[\s\S]*?(?:<\/style\s*>|$)|<!--[\s\S]*?(?:-->|$)|<[a-zA-Z/!?][^<>]{0,4000}>/g;

/** Start of a document that is markup for sure. */
export const MARKUP_START = /^(?:<!doctype\s+(?:html|svg|math)|<html\b|<\?xml\b|<svg\b|<math\b|<frameset\b|<head\b|<body\b|<rss\b|<feed\b)/i;
/** Tags that are HTML markup (and rarely appear in a text dump); global, reset `lastIndex` before use. */
export const HTML_TAG = /<\/?(?:html|head|body|meta|div|p|span|a|script|style|title|link|table|tr|td|article|section|nav|header|footer|main|aside|br|hr|li|ul|ol|h[1-6]|img|form|input|button|iframe|noscript|svg|figure|strong|em|b|i|frameset|frame)\b[^<>]{0,2000}>/gi;
/** The escape sequences that switch ISO-2022-JP into JIS X 0208 / back to ASCII. */
export const ISO_2022_JP_ESCAPE = /\x1b\$[@B]|\x1b\([BJ]/;
