/**
 * The default DOM backend: htmlparser2 + domhandler (through FastDomHandler), the fastest parse available
 * in JS. On top of htmlparser2's tree building:
 * - nested <html>/<head>/<body> tags (pages that paste whole documents into a div) are dropped, so their
 *   content joins the enclosing tree, as an HTML5 parser does;
 * - elements nested deeper than MAX_DEPTH are flattened into their ancestor at that depth (as browsers
 *   cap nesting), so no walker down the line can overflow the stack on hostile markup;
 * - the bodies of <style> and of non-JSON-LD <script> elements are not kept: nothing reads them;
 * - `<![CDATA[` in HTML content is a bogus comment that ends at the first `>`, as in browsers (htmlparser2
 *   would read on to `]]>`, swallowing the rest of a page that never closes it).
 */
import { Parser } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { FastDomHandler } from './fast-handler.js';
import type { DomBackend } from './types.js';

export const MAX_DEPTH = 512;
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

class PageHandler extends FastDomHandler {
  /** One entry per open tag htmlparser2 reported: whether an element was made for it. */
  private opened: boolean[] = [];
  private seen = new Set<string>();
  private depth = 0;
  /** Text of the current element is dropped (style, script other than JSON-LD). */
  private mute = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    const nested = DOCUMENT_TAGS.has(name) && this.seen.has(name);
    if (nested || this.depth >= MAX_DEPTH) { this.opened.push(false); return; }
    if (DOCUMENT_TAGS.has(name)) this.seen.add(name);
    this.opened.push(true);
    this.depth++;
    super.onopentag(name, attribs);
    if (name === 'style' || (name === 'script' && !/ld\+json/i.test(attribs['type'] ?? ''))) this.mute++;
  }

  // htmlparser2 reports exactly one close (possibly implied) for every open, innermost first
  override onclosetag(): void {
    if (!this.opened.pop()) return;
    const top = this.tagStack[this.tagStack.length - 1] as Element | undefined;
    if (top && (top.name === 'style' || top.name === 'script') && this.mute) this.mute--;
    this.depth--;
    super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.mute) return;
    super.ontext(data);
  }
}

/** htmlparser2 reads `<!` + anything but `[CDATA[` as a declaration ending at the first `>`. */
const CDATA_OPEN = /<!\[CDATA\[/g;

/** Characters fed to the parser between two checkpoints. */
const SLICE = 128 * 1024;

/**
 * Parses `html`. htmlparser2 keeps its open-tag stack with `unshift`, so hostile nesting costs time
 * quadratic in depth: the input goes in slices, and `checkpoint` (the page's time budget) runs between them.
 */
export function parseLight(input: string, checkpoint?: () => void): Document {
  const html = input.includes('<![CDATA[') ? input.replace(CDATA_OPEN, '<![CDATA-[') : input;
  const handler = new PageHandler(undefined, { withStartIndices: false, withEndIndices: false });
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  if (!checkpoint || html.length <= SLICE) parser.end(html);
  else {
    for (let i = 0; i < html.length; i += SLICE) {
      parser.write(html.slice(i, i + SLICE));
      checkpoint();
    }
    parser.end();
  }
  return handler.root;
}

export const lightBackend: DomBackend = { name: 'light', parse: parseLight };
