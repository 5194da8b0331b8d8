/** The default DOM backend: htmlparser2 + domhandler, the fastest parse available in JS. */
import { Parser } from 'htmlparser2';
import type { Document } from 'domhandler';
import { FastDomHandler } from './fast-handler.js';
import type { DomBackend } from './types.js';

export function parseLight(html: string): Document {
  const handler = new FastDomHandler(undefined, { withStartIndices: false, withEndIndices: false });
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return handler.root;
}

export const lightBackend: DomBackend = { name: 'light', parse: parseLight };
