/**
 * The default DOM backend: htmlparser2 + domhandler, the fastest parse available in JS.
 * Unlike an HTML5 parser, htmlparser2 keeps nested <html>/<head>/<body> tags (pages that paste whole
 * documents into a div) as elements; here they are dropped so their content joins the enclosing tree.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';
import type { DomBackend } from './types.js';

const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/** A DomHandler that keeps only the first <html>, <head> and <body> open tags. */
class PageHandler extends DomHandler {
  private seen = new Set<string>();
  private skipped = new Map<string, number>();

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (DOCUMENT_TAGS.has(name)) {
      if (this.seen.has(name)) { this.skipped.set(name, (this.skipped.get(name) ?? 0) + 1); return; }
      this.seen.add(name);
    }
    super.onopentag(name, attribs);
  }

  // htmlparser2 passes the tag name; the innermost open tag of that name closes first, so a close of a
  // skipped name belongs to a skipped (nested) open tag
  override onclosetag(...args: unknown[]): void {
    const name = args[0];
    if (typeof name === 'string') {
      const n = this.skipped.get(name);
      if (n) { if (n === 1) this.skipped.delete(name); else this.skipped.set(name, n - 1); return; }
    }
    super.onclosetag();
  }
}

export function parseLight(html: string): Document {
  const handler = new PageHandler(undefined, { withStartIndices: false, withEndIndices: false });
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return handler.root;
}

export const lightBackend: DomBackend = { name: 'light', parse: parseLight };
