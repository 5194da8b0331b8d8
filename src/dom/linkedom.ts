/** linkedom backend: a light W3C DOM, converted to the common tree. */
import { parseHTML } from 'linkedom';
import type { Document } from 'domhandler';
import { fromW3C } from './convert.js';
import type { DomBackend } from './types.js';

export function parseLinkedom(html: string): Document {
  const { document } = parseHTML(html);
  return fromW3C(document as never);
}

export const linkedomBackend: DomBackend = { name: 'linkedom', parse: parseLinkedom };
