/** The fast tree builder (under parseLight) gives exactly domhandler's tree: same serialization, links, classes and own keys. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { DomHandler, Element, Text, isTag, type AnyNode, type Document } from 'domhandler';
import render from 'dom-serializer';
import { FastDomHandler } from '../../src/dom/fast-handler.js';

function parseWith(Handler: typeof DomHandler, html: string): Document {
  const handler = new Handler(undefined, { withStartIndices: false, withEndIndices: false });
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
}
const parseFast = (html: string): Document => parseWith(FastDomHandler, html);
const parseReference = (html: string): Document => parseWith(DomHandler, html);

function walk(n: AnyNode, out: string[]): void {
  const keys = Object.keys(n).join(','); // in creation order: same hidden class as domhandler's
  out.push(`${n.type}|${isTag(n) ? n.name : ''}|${keys}|${n.parent ? n.parent.type : '-'}|${n.prev ? n.prev.type : '-'}|${n.next ? n.next.type : '-'}`);
  if ('children' in n) for (const c of n.children) walk(c, out);
}

const BENCH = resolve(import.meta.dirname, '../../../shared/bench/scrapinghub');
const pages = readdirSync(BENCH).filter((f) => f.endsWith('.html.gz')).slice(0, 8).map((f) => gunzipSync(readFileSync(join(BENCH, f))).toString('utf8'));
const tricky = [
  '<p>a &amp; b<!-- c --><!-- d -->e<script>if (a < b) x()</script><style>p{}</style>text<br>more</p>',
  '<!DOCTYPE html><html><body><svg><![CDATA[x]]><path d="M0"/></svg><table><td>1<td>2</table>tail',
  'plain text only',
  '<div class="x" CLASS="y" data-A="1"><P>unclosed<li>one<li>two</div><?php echo 1 ?>',
];

describe('FastDomHandler', () => {
  it('builds the same tree as domhandler on real pages and odd markup', () => {
    for (const html of [...tricky, ...pages]) {
      const a = parseFast(html);
      const b = parseReference(html);
      expect(render(a)).toBe(render(b));
      const wa: string[] = [];
      const wb: string[] = [];
      walk(a, wa);
      walk(b, wb);
      expect(wa).toEqual(wb);
    }
  });

  it('makes real domhandler nodes: instanceof, getters and cloneNode work', () => {
    const doc = parseFast('<div id="a"><p>x</p>y</div>');
    const div = doc.children[0] as Element;
    expect(div).toBeInstanceOf(Element);
    expect(div.tagName).toBe('div');
    expect(div.firstChild).toBeInstanceOf(Element);
    expect(div.lastChild).toBeInstanceOf(Text);
    expect((div.lastChild as Text).nodeValue).toBe('y');
    expect(render(div.cloneNode(true))).toBe('<div id="a"><p>x</p>y</div>');
  });
});
