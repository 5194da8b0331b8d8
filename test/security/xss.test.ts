// XSS and mXSS vectors inside an article: the `html` of the result, parsed by htmlparser2 and by a
// browser-grade parser (jsdom/parse5), holds no script, handler, unsafe URL or embedding element.
import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';
import { sanitizeArticleHtml } from '../../src/output/sanitize.js';
import { unsafeParts } from '../output/html-check.js';
import { ALL_VECTORS, OWASP_VECTORS, MXSS_VECTORS } from './vectors.js';

const URL = 'https://news.example/2024/05/harbour-council.html';
const CANARY = 'Zebrafinch';

function page(vector: string): string {
  return `<!doctype html><html><head><title>Harbour council approves new ferry pier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour council approves new ferry pier</h1>
<p>The harbour council voted on Tuesday evening to approve the long-debated ferry pier, ending a dispute that had run for more than six years. ${CANARY} residents packed the hall.</p>
<p>Speakers on both sides said the decision ${vector} would shape the waterfront for a generation, and several asked for the plans to be published in full.</p>
<p>Construction is expected to begin next spring, the council said, with the first ferries calling at the new pier by the summer of the following year.</p>
</article><footer>© Example News</footer></body></html>`;
}

describe('vector list', () => {
  it('has the OWASP filter-evasion ideas and mXSS cases', () => {
    expect(OWASP_VECTORS.length).toBeGreaterThanOrEqual(80);
    expect(MXSS_VECTORS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ALL_VECTORS.map((v) => v.name)).size).toBe(ALL_VECTORS.length);
  });
  it('the checker flags unsafe markup (so a pass means something)', () => {
    expect(unsafeParts('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(unsafeParts('<a href="javascript:alert(1)">x</a>').length).toBeGreaterThan(0);
    expect(unsafeParts('<svg><script>alert(1)</script></svg>').length).toBeGreaterThan(0);
    expect(unsafeParts('<p style="x">t</p>').length).toBeGreaterThan(0);
    expect(unsafeParts('<p>safe <a href="https://a.example/">a</a></p>')).toEqual([]);
  });
});

describe('sanitizeArticleHtml on each vector', () => {
  for (const v of ALL_VECTORS) {
    it(v.name, () => {
      expect(unsafeParts(sanitizeArticleHtml(`<p>before ${v.html} after</p>`, URL))).toEqual([]);
      expect(unsafeParts(sanitizeArticleHtml(v.html, null), { relativeOk: true })).toEqual([]);
    });
  }
});

describe('clean() on article pages carrying each vector', () => {
  for (const dom of ['light', 'linkedom', 'jsdom'] as const) {
    // jsdom is ~50 ms a page: it gets the mXSS cases and a third of the others
    const vectors = dom === 'jsdom' ? ALL_VECTORS.filter((v, i) => MXSS_VECTORS.includes(v) || i % 3 === 0) : ALL_VECTORS;
    it(`dom=${dom} (${vectors.length} vectors)`, () => {
      const failures: string[] = [];
      let reached = 0;
      for (const v of vectors) {
        const r = clean(page(v.html), { url: URL, dom });
        if (r.body.includes(CANARY)) reached++;
        for (const p of unsafeParts(r.html)) failures.push(`${v.name}: ${p}`);
      }
      expect(failures).toEqual([]);
      // the article (and so the vector's paragraph) reached the output on the pages
      expect(reached).toBeGreaterThan(vectors.length * 0.9);
    });
  }

  it('text dumps: vectors stay text', () => {
    for (const v of ALL_VECTORS) {
      const dump = `Harbour council approves new ferry pier\n\nThe harbour council voted on Tuesday evening to approve the pier. ${CANARY}.\n\nSpeakers said the decision ${v.html} would shape the waterfront.\n\nConstruction begins next spring.\n`;
      const r = clean(dump, { url: URL, format: 'text' });
      expect(unsafeParts(r.html), v.name).toEqual([]);
    }
  });
});
