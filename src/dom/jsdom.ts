/**
 * jsdom backend: the most standard-conformant parser, and the slowest. Scripts and resources are never
 * loaded; jsdom's CSS parser is kept away from `<style>` (it throws uncaught errors on some real pages)
 * by blanking style bodies before parsing — styles play no part in extraction.
 */
import { createRequire } from 'node:module';
import type { Document } from 'domhandler';
import { fromW3C } from './convert.js';
import type { DomBackend } from './types.js';

const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

let jsdomModule: typeof import('jsdom') | null = null;
function loadJsdom(): typeof import('jsdom') {
  // loaded lazily: most users never pay jsdom's start-up cost
  if (!jsdomModule) jsdomModule = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  return jsdomModule;
}

export function parseJsdom(html: string): Document {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const virtualConsole = new VirtualConsole(); // swallow jsdom's console noise
  const dom = new JSDOM(html.replace(STYLE_BODY, '$1$2'), { virtualConsole, runScripts: undefined, resources: undefined });
  try {
    return fromW3C(dom.window.document as never);
  } finally {
    dom.window.close();
  }
}

export const jsdomBackend: DomBackend = { name: 'jsdom', parse: parseJsdom };
