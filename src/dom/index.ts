/** Backend registry: `parseHtml(html, 'light' | 'linkedom' | 'jsdom')`. */
import type { DomBackendName } from '../types.js';
import { UnchromeError } from '../errors.js';
import { lightBackend } from './light.js';
import { linkedomBackend } from './linkedom.js';
import { jsdomBackend } from './jsdom.js';
import type { DomBackend, Document } from './types.js';

const BACKENDS: Record<DomBackendName, DomBackend> = {
  light: lightBackend,
  linkedom: linkedomBackend,
  jsdom: jsdomBackend,
};

export function getBackend(name: DomBackendName = 'light'): DomBackend {
  const b = BACKENDS[name];
  if (!b) throw new UnchromeError('BAD_OPTION', `unknown dom backend "${String(name)}" (use light, linkedom or jsdom)`);
  return b;
}

export function parseHtml(html: string, backend: DomBackendName = 'light', checkpoint?: () => void): Document {
  return getBackend(backend).parse(html, checkpoint);
}
