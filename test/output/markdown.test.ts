// htmlToMarkdown: the constructs of article HTML, escaping, deep nesting.
import { describe, it, expect } from 'vitest';
import { htmlToMarkdown } from '../../src/output/markdown.js';
import { blocksToHtml } from '../../src/output/blocks-html.js';

describe('htmlToMarkdown', () => {
  it('converts headings, emphasis, links, images, code and breaks', () => {
    const md = htmlToMarkdown('<h2>Sub title</h2><p>A <strong>bold </strong>and <em>it</em> <a href="https://x.example/a" title="T">link</a>, <code>x()</code>.<br>Next</p>'
      + '<p><img src="https://x.example/i.png" alt="pic"></p>');
    expect(md).toBe('## Sub title\n\nA **bold** and *it* [link](https://x.example/a "T"), `x()`.\\\nNext\n\n![pic](https://x.example/i.png)\n');
  });

  it('converts lists (nested, ordered with start) and quotes', () => {
    const md = htmlToMarkdown('<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol start="3"><li>three</li><li>four</li></ol><blockquote><p>q1</p><p>q2</p></blockquote>');
    expect(md).toBe('- one\n- two\n  - nested\n\n3. three\n4. four\n\n> q1\n>\n> q2\n');
  });

  it('fences code blocks with their language and keeps their text verbatim', () => {
    const md = htmlToMarkdown('<pre class="language-js"><code>if (a &lt; b) {\n  x(`*`);\n}</code></pre>');
    expect(md).toBe('```js\nif (a < b) {\n  x(`*`);\n}\n```\n');
    expect(htmlToMarkdown('<pre>a ``` b</pre>')).toBe('````\na ``` b\n````\n');
  });

  it('converts tables to GFM tables', () => {
    const md = htmlToMarkdown('<table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>');
    expect(md).toBe('| A | B\\|C |\n| --- | --- |\n| 1 | 2 |\n| 3 |   |\n');
  });

  it('escapes text that would read as Markdown', () => {
    expect(htmlToMarkdown('<p>1. not a list, *not* emphasis, [not] a link</p>')).toBe('1\\. not a list, \\*not\\* emphasis, \\[not\\] a link\n');
    expect(htmlToMarkdown('<p># not a heading</p><p>- not an item</p>')).toBe('\\# not a heading\n\n\\- not an item\n');
  });

  it('drops scripts and styles, and returns an empty string for empty input', () => {
    expect(htmlToMarkdown('<p>a</p><script>alert(1)</script><style>p{}</style>')).toBe('a\n');
    expect(htmlToMarkdown('')).toBe('');
  });

  it('handles deep nesting without recursion', () => {
    const n = 20_000;
    expect(htmlToMarkdown('<blockquote>'.repeat(n) + 'deep' + '</blockquote>'.repeat(n))).toMatch(/^(> ){16}deep\n$/);
    expect(htmlToMarkdown('<ul><li>'.repeat(2000) + 'item')).toContain('item');
  });
});

describe('blocksToHtml', () => {
  it('escapes text and groups list items', () => {
    expect(blocksToHtml([{ kind: 'h1', text: 'T <b>' }, { kind: 'li', text: 'a & b' }, { kind: 'li', text: 'c' }, { kind: 'p', text: '"q"' }, { kind: 'figcaption', text: 'cap' }]))
      .toBe('<h1>T &lt;b&gt;</h1>\n<ul>\n<li>a &amp; b</li>\n<li>c</li>\n</ul>\n<p>&quot;q&quot;</p>\n<figure><figcaption>cap</figcaption></figure>');
  });
});
