/** The extractors the speed bench compares, each as `prepare() → run(page)` over decoded HTML strings. */
import { createRequire } from 'node:module';
import { createCleaner } from '../src/clean.js';
import type { CleanOptions } from '../src/types.js';

export interface SpeedPage {
  html: string;
  url: string;
}

export type Engine = (page: SpeedPage) => unknown;

const require = createRequire(import.meta.url);

function unchrome(options: CleanOptions = {}): () => Engine {
  return () => {
    const cleaner = createCleaner(options);
    return (p) => cleaner.clean(p.html, { url: p.url });
  };
}

function readabilityJsdom(): Engine {
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  return (p) => {
    const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse();
    } finally {
      dom.window.close();
    }
  };
}

function readabilityLinkedom(): Engine {
  const { parseHTML } = require('linkedom') as typeof import('linkedom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  return (p) => {
    const { document } = parseHTML(p.html);
    return new Readability(document as unknown as Document).parse();
  };
}

export const ENGINES: Record<string, () => Engine> = {
  unchrome: unchrome(),
  // the other DOM backends (same tree, same answer) and the mode without the Readability candidate
  'unchrome-linkedom': unchrome({ dom: 'linkedom' }),
  'unchrome-jsdom': unchrome({ dom: 'jsdom' }),
  'unchrome-no-readability': unchrome({ readability: 'never' }),
  'readability-linkedom': readabilityLinkedom,
  'readability-jsdom': readabilityJsdom,
};
