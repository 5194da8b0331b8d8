// The output sanitizer: allow-list, URL schemes, absolute URLs, lazy images, nesting limit.
import { describe, it, expect } from 'vitest';
import { sanitizeArticleHtml, safeUrl } from '../../src/output/sanitize.js';
import { unsafeParts, tagsOf, attrsOf } from './html-check.js';

const BASE = 'https://news.example/section/story.html';

describe('sanitizeArticleHtml', () => {
  it('keeps article structure', () => {
    const html = '<article><h2>Sub</h2><p>A <em>b</em> <strong>c</strong> <a href="/x">d</a></p><ul><li>1</li></ul><ol start="3"><li>3</li></ol>'
      + '<blockquote><p>q</p></blockquote><pre class="language-py"><code class="language-py">x = 1</code></pre>'
      + '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">v</td></tr></tbody></table>'
      + '<figure><img src="i.jpg" alt="pic" width="10"><figcaption>cap</figcaption></figure></article>';
    const out = sanitizeArticleHtml(html, BASE);
    for (const t of ['article', 'h2', 'p', 'em', 'strong', 'a', 'ul', 'li', 'ol', 'blockquote', 'pre', 'code', 'table', 'th', 'td', 'figure', 'img', 'figcaption']) {
      expect(tagsOf(out), t).toContain(t);
    }
    expect(attrsOf(out, 'a')).toEqual({ href: 'https://news.example/x' });
    expect(attrsOf(out, 'img')).toEqual({ src: 'https://news.example/section/i.jpg', alt: 'pic', width: '10' });
    expect(attrsOf(out, 'ol')).toEqual({ start: '3' });
    expect(attrsOf(out, 'code')).toEqual({ class: 'language-py' });
    expect(attrsOf(out, 'td')).toEqual({ colspan: '2' });
    expect(unsafeParts(out)).toEqual([]);
  });

  it('drops scripts, styles, handlers, embedded documents, forms and metadata with their content', () => {
    const html = '<p onclick="x()" style="color:red" id="a" class="b">keep</p><script>alert(1)</script><style>p{}</style>'
      + '<iframe src="https://e/"></iframe><object data="x.swf"></object><embed src="x.swf"><form action="/p"><input name="q"><button>go</button></form>'
      + '<base href="https://evil/"><meta http-equiv="refresh" content="0;url=https://evil/"><link rel="stylesheet" href="x.css"><noscript>ns</noscript><template>t</template>'
      + '<svg><script>alert(2)</script></svg><math><mi>m</mi></math><textarea>ta</textarea>';
    const out = sanitizeArticleHtml(html, BASE);
    expect(out).toBe('<p>keep</p>');
  });

  it('allows only http(s), mailto and tel links and http(s) images', () => {
    const links = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'file:///etc/passwd', 'blob:https://x/1', 'jar:x', '\u0001javascript:x'];
    for (const href of links) {
      const out = sanitizeArticleHtml(`<p><a href="${href}">x</a><img src="${href}"></p>`, BASE);
      expect(unsafeParts(out), href).toEqual([]);
      expect(attrsOf(out, 'a'), href).toEqual({});
      expect(tagsOf(out), href).not.toContain('img');
    }
    expect(attrsOf(sanitizeArticleHtml('<a href="mailto:a@b.c">m</a>', BASE), 'a')).toEqual({ href: 'mailto:a@b.c' });
    expect(attrsOf(sanitizeArticleHtml('<a href="//cdn.example/x">m</a>', BASE), 'a')).toEqual({ href: 'https://cdn.example/x' });
  });

  it('drops data: images, using the lazy-loading source when there is one', () => {
    const out = sanitizeArticleHtml('<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" alt="a"><img src="data:image/png;base64,iVBORw0KGgo="></p>', BASE);
    expect(attrsOf(out, 'img')).toEqual({ src: 'https://news.example/real.jpg', alt: 'a' });
    expect(tagsOf(out).filter((t) => t === 'img')).toHaveLength(1);
    expect(attrsOf(sanitizeArticleHtml('<img srcset="/a.jpg 1x, /b.jpg 2x">', BASE), 'img')).toEqual({ src: 'https://news.example/a.jpg' });
  });

  it('keeps relative URLs relative when there is no page URL, but never a scheme', () => {
    expect(attrsOf(sanitizeArticleHtml('<a href="/x?a=1&amp;b=2">x</a>', null), 'a')).toEqual({ href: '/x?a=1&b=2' });
    expect(attrsOf(sanitizeArticleHtml('<a href="javascript:x">x</a>', null), 'a')).toEqual({});
    expect(attrsOf(sanitizeArticleHtml('<a href="//evil.example/">x</a>', null), 'a')).toEqual({});
  });

  it('unwraps tags nested deeper than the limit and keeps their text', () => {
    const n = 2000;
    const out = sanitizeArticleHtml('<div>'.repeat(n) + '<p>deep</p>' + '</div>'.repeat(n), BASE);
    expect(out).toContain('deep');
    expect(tagsOf(out).length).toBeLessThanOrEqual(300);
  });
});

describe('safeUrl', () => {
  it('resolves against the base and filters schemes', () => {
    expect(safeUrl('../a', 'https://x.example/b/c/d', ['https'])).toBe('https://x.example/b/a');
    expect(safeUrl('javascript:alert(1)', 'https://x.example/', ['http', 'https'])).toBeNull();
    expect(safeUrl('http://x.example/', null, ['https'])).toBeNull();
    expect(safeUrl('', 'https://x.example/', ['https'])).toBeNull();
  });
});
