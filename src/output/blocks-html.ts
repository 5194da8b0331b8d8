/**
 * Builds article HTML from blocks: text dumps give plain text, the HTML path gives each block's own inline
 * markup (`inner`, already rendered; sanitized later by the output stage).
 */
import type { Block } from '../extract/types.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A block, with its inline HTML when it has markup of its own (else its text is escaped). */
export type HtmlBlock = Block & { inner?: string };

/** Blocks → HTML: list items grouped in one <ul>, table rows as paragraphs, a lone caption in its <figure>. */
export function blocksToHtml(blocks: HtmlBlock[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (!b.text) continue;
    if (b.kind === 'li' && !inList) { out.push('<ul>'); inList = true; }
    if (b.kind !== 'li' && inList) { out.push('</ul>'); inList = false; }
    const text = b.inner ?? esc(b.text);
    if (b.kind === 'figcaption') out.push(`<figure><figcaption>${text}</figcaption></figure>`);
    else if (b.kind === 'table') out.push(`<p>${text}</p>`);
    else out.push(`<${b.kind}>${text}</${b.kind}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
