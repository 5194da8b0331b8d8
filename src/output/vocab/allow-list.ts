/** The article allow-list of the sanitizer: the tags, attributes and URL schemes article HTML may keep. */

/** Block and inline tags of article text: headings, paragraphs, lists, quotes, code, tables, figures, links. */
export const ALLOWED_TAGS: readonly string[] = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'section', 'article',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'q', 'cite', 'abbr', 'dfn', 'time', 'span',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'figure', 'figcaption', 'img', 'picture', 'a',
];

/** Attributes kept per tag; nothing else survives (no event handlers, no style, no id/class except code languages). */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  abbr: ['title'],
  dfn: ['title'],
  code: ['class'],
  pre: ['class'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['datetime'],
  ins: ['datetime'],
};

/** Classes kept (only on code/pre: they name the code's language for highlighters and Markdown). */
export const ALLOWED_CLASSES: Readonly<Record<string, readonly string[]>> = {
  code: ['language-*', 'lang-*'],
  pre: ['language-*', 'lang-*'],
};

/** URL schemes links and images may use. No javascript:, vbscript:, data:, file:, blob: … */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
/** Images: web URLs only (data: images are dropped; see docs/reliability.md). */
export const IMAGE_SCHEMES: readonly string[] = ['http', 'https'];

/** Tags dropped with everything inside them: code, styles, embedded documents, forms, metadata. */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'textarea', 'select', 'option', 'button', 'form', 'input', 'title', 'head', 'meta', 'link', 'base', 'xmp', 'noembed',
  'noframes', 'plaintext', 'canvas', 'audio', 'video', 'map', 'dialog',
];

/** Attributes lazy-loading scripts put the real image URL in (tried when `src` is missing or a placeholder). */
export const LAZY_IMAGE_ATTRIBUTES: readonly string[] = [
  'data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-srcset', 'srcset',
];

/** Deepest element nesting kept in output HTML; deeper tags are unwrapped (their text stays). */
export const MAX_NESTING = 256;
