/** Builds article HTML from blocks (for text dumps, which have no markup of their own). */
import type { Block } from '../extract/types.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Blocks → HTML: list items grouped in one <ul>, table rows as paragraphs, a lone caption in its <figure>. */
export function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (!b.text) continue;
    if (b.kind === 'li' && !inList) { out.push('<ul>'); inList = true; }
    if (b.kind !== 'li' && inList) { out.push('</ul>'); inList = false; }
    const text = esc(b.text);
    if (b.kind === 'figcaption') out.push(`<figure><figcaption>${text}</figcaption></figure>`);
    else if (b.kind === 'table') out.push(`<p>${text}</p>`);
    else out.push(`<${b.kind}>${text}</${b.kind}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
