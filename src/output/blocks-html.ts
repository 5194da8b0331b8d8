/** Builds article HTML from blocks (for text dumps, which have no markup of their own). */
import type { Block } from '../extract/types.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind === 'li' && !inList) { out.push('<ul>'); inList = true; }
    if (b.kind !== 'li' && inList) { out.push('</ul>'); inList = false; }
    const tag = b.kind === 'table' ? 'p' : b.kind;
    out.push(`<${tag}>${esc(b.text)}</${tag}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
