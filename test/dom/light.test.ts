/** The light parser's guarantees beyond htmlparser2: nesting cap, nested document tags, no script/style bodies. */
import { describe, it, expect } from 'vitest';
import { isTag, type AnyNode } from 'domhandler';
import { parseLight, MAX_DEPTH } from '../../src/dom/light.js';
import { queryAll, textOf } from '../../src/dom/query.js';

function maxDepth(root: AnyNode): number {
  let best = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > best) best = d;
    if ('children' in n) for (const c of (n as { children: AnyNode[] }).children) stack.push([c, isTag(c) ? d + 1 : d]);
  }
  return best;
}

describe('parseLight', () => {
  it('caps nesting depth and keeps the deep text', () => {
    const n = 5000;
    const doc = parseLight('<div>'.repeat(n) + '<p>deep text</p>' + '</div>'.repeat(n) + '<p>after</p>');
    expect(maxDepth(doc)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    const text = textOf(doc);
    expect(text).toContain('deep text');
    expect(text).toContain('after');
  });

  it('drops nested <html>/<head>/<body> tags but keeps their content', () => {
    const doc = parseLight('<html><body><div><html><body><p>inner</p></body></html></div><p>outer</p></body></html>');
    expect(queryAll(doc, 'html')).toHaveLength(1);
    expect(queryAll(doc, 'body')).toHaveLength(1);
    expect(queryAll(doc, 'div p').map((p) => textOf(p))).toEqual(['inner']);
  });

  it('keeps JSON-LD script text, not other script or style bodies', () => {
    const doc = parseLight('<head><style>p{color:red}</style><script>var secret=1</script><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>x</p></body>');
    const scripts = queryAll(doc, 'script');
    expect(scripts.map((s) => s.children.length)).toEqual([0, 1]);
    expect(textOf(scripts[1]!)).toContain('"@type":"Article"');
    expect(queryAll(doc, 'style')[0]!.children).toHaveLength(0);
  });

  it('a stray <![CDATA[ in HTML ends at the first > (as in browsers), not at the end of the page', () => {
    expect(textOf(parseLight('<body><p>before</p><![CDATA[ stray <p>after</p></body>'))).toContain('after');
  });

  it('stops a long parse when the checkpoint throws (the time budget)', () => {
    const html = '<p>word</p>'.repeat(100_000);
    let calls = 0;
    expect(() => parseLight(html, () => { if (++calls > 2) throw new Error('budget'); })).toThrow('budget');
    expect(calls).toBe(3);
  });
});
