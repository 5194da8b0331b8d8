/**
 * The article's HTML from the kept blocks: each block's own inline content (links, emphasis, images) in the
 * tag of its kind, list items grouped in lists. Unsanitized: the output stage sanitizes and makes URLs absolute.
 */
import type { RawBlock } from './blocks.js';
import { toHtml } from '../../dom/query.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function tagOf(kind: RawBlock['kind']): string {
  return kind === 'table' ? 'p' : kind;
}

export function articleHtml(blocks: RawBlock[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind === 'li' && !inList) { out.push('<ul>'); inList = true; }
    if (b.kind !== 'li' && inList) { out.push('</ul>'); inList = false; }
    const tag = tagOf(b.kind);
    const inner = b.kind === 'pre' || !b.inline.length ? esc(b.text) : toHtml(b.inline).trim();
    out.push(`<${tag}>${inner}</${tag}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
