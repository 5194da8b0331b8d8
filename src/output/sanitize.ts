/** Output stage: article HTML through sanitize-html with an allow-list fit for articles; absolute URLs. */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'mark', 'small', 'q', 'cite', 'abbr', 'time', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'img', 'a', 'span', 'div', 'section', 'article'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'], time: ['datetime'], ol: ['start'], code: ['class'], pre: ['class'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
};

function absolutize(u: string, base: string | null): string | null {
  if (!base) return u;
  try { return new URL(u, base).href; } catch { return null; }
}

export function sanitizeArticleHtml(html: string, baseUrl: string | null): string {
  return sanitizeHtml(html, {
    ...OPTIONS,
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs['href'] ? absolutize(attribs['href'], baseUrl) : null;
        const out: Record<string, string> = {};
        if (href) out['href'] = href;
        if (attribs['title']) out['title'] = attribs['title'];
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const src = attribs['src'] ?? attribs['data-src'] ?? '';
        const abs = src ? absolutize(src, baseUrl) : null;
        const out: Record<string, string> = { ...attribs };
        if (abs) out['src'] = abs; else delete out['src'];
        return { tagName, attribs: out };
      },
    },
  });
}
