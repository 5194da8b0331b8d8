/**
 * The page's own summary as the body of last resort. A page built by script (a Discourse thread served without its
 * crawler view, an app shell) can hold no text of its item in the HTML at all, only its `<head>`: the description
 * meta tags are then all a reader of the raw page gets. That description becomes the body only when nothing else
 * was found — no kept block, no JSON-LD text — and the result says so in `warnings`, so a corpus builder can tell a
 * summary from an article (and fetch the page with a browser instead).
 */
import { paragraphBlock, type RawBlock } from './blocks.js';
import { SUMMARY_META_KEYS } from './vocab.js';
import { countWords } from '../words.js';

/** A description with fewer words is the site's name or a slogan ("Shop the best deals"), not a summary of the item. */
export const SUMMARY_MIN_WORDS = 10;
/** Kept blocks with fewer words than this are a shell's leftovers (a "Loading…", a button label). */
export const SHELL_MAX_WORDS = 8;

/** What `warnings` says when the body is the page's description. */
export const SUMMARY_WARNING = 'body is the page\'s description: its HTML holds no article text (a page built by script)';

/** A truncated summary's trailing ellipsis (`...`, `…`, `[…]`, `&hellip;` left encoded). */
const TRAILING_ELLIPSIS = /\s*(?:\[?(?:\.{3}|…)\]?|&hellip;)\s*$/u;

/** The longest of the page's description metas, trimmed of a trailing ellipsis; null when none is long enough. */
export function pageSummary(metas: ReadonlyMap<string, readonly string[]>): string | null {
  let best = '';
  for (const key of SUMMARY_META_KEYS) {
    for (const v of metas.get(key) ?? []) {
      const t = v.replace(/\s+/g, ' ').trim();
      if (t.length > best.length) best = t;
    }
  }
  best = best.replace(TRAILING_ELLIPSIS, '');
  return countWords(best, SUMMARY_MIN_WORDS) >= SUMMARY_MIN_WORDS ? best : null;
}

/**
 * The article, or the page's description as its one paragraph when the article is a shell's leftovers (`article`
 * itself when nothing changes); `dropped` receives the leftovers it replaces. The metas are read only then: most
 * pages never get here.
 */
export function withSummaryFallback(article: RawBlock[], metas: ReadonlyMap<string, readonly string[]> | null, dropped: (b: RawBlock) => void): RawBlock[] {
  if (!metas) return article;
  let words = 0;
  for (const b of article) { words += countWords(b.text, SHELL_MAX_WORDS - words); if (words >= SHELL_MAX_WORDS) return article; }
  const summary = pageSummary(metas);
  if (!summary) return article;
  article.forEach(dropped);
  return [paragraphBlock(summary)];
}
