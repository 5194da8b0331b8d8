/** Class and id names as words: what the chrome and content vocabularies are matched against. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { classWords, chromeReason } from '../../../src/extract/html/classes.js';
import { clean } from '../../../src/index.js';
import type { Element } from 'domhandler';

const el = (cls: string): Element => parseHtml(`<div class="${cls}"></div>`).children[0] as Element;

describe('class words', () => {
  it('splits names at separators, digits and camelCase, and keeps each whole name too', () => {
    expect(classWords(el('post-share_bar mainNav'))).toEqual(['postsharebar', 'post', 'share', 'bar', 'mainnav', 'main', 'nav']);
    expect(classWords(el('sidebar2'))).toContain('sidebar');
    expect(chromeReason(classWords(el('ad-slot-300x250')))).toBe('ad');
  });

  it('reads no words in generated hashes (css-in-js names), which cut at their digits spell chance words', () => {
    expect(chromeReason(classWords(el('css-1d8ad8q')))).toBeNull();
    expect(chromeReason(classWords(el('sc-64912480-0 kAHMfN')))).toBeNull();
    expect(classWords(el('e1ab2c3d4'))).toEqual([]);
  });

  it('in clean(): a code block whose generated class hides "ad" is kept', () => {
    const p = (t: string): string => `<p>${t}, as the quickstart explains step by step for readers setting up their first project.</p>`;
    const page = `<html><body><main><h1>Messaging quickstart</h1>${p('Install the SDK with your package manager')}`
      + `<div class="css-1d8ad8q"><pre><code>npm install twilio express body-parser</code></pre></div>${p('Then start the server and expose it with a tunnel')}</main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('npm install twilio');
    expect(r.removed.some((x) => x.reason === 'ad')).toBe(false);
  });
});
