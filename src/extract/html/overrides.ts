/** Reads the title/date/author that site-rule selectors point at (attribute `content`/`datetime`, else text). */
import type { Document } from 'domhandler';
import type { HtmlRuleHints } from '../../rules/index.js';
import { queryOne, textOf, squash } from '../../dom/query.js';
import type { MetaOverrides } from '../../meta/index.js';

function valueAt(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = queryOne(doc, sel);
    if (!el) continue;
    const v = el.attribs['content'] ?? el.attribs['datetime'] ?? squash(textOf(el));
    if (v) return v;
  }
  return null;
}

export function readRuleOverrides(doc: Document, hints: HtmlRuleHints): MetaOverrides {
  return { title: valueAt(doc, hints.title), date: valueAt(doc, hints.date), author: valueAt(doc, hints.author) };
}
