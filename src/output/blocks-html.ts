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

/** A row's cells as given (`<td>…</td><th>…</th>`), else its text in one cell. */
const CELLS = /^\s*<t[dh][\s>]/i;

/** Blocks → HTML: list items grouped in one <ul>, consecutive table rows in one <table>, a lone caption in its <figure>. */
export function blocksToHtml(blocks: HtmlBlock[]): string {
  const out: string[] = [];
  let open: 'ul' | 'table' | null = null;
  for (const b of blocks) {
    if (!b.text) continue;
    const group = b.kind === 'li' ? 'ul' : b.kind === 'table' ? 'table' : null;
    if (group !== open) {
      if (open) out.push(`</${open}>`);
      if (group) out.push(`<${group}>`);
      open = group;
    }
    const text = b.inner ?? esc(b.text);
    if (b.kind === 'figcaption') out.push(`<figure><figcaption>${text}</figcaption></figure>`);
    else if (b.kind === 'table') out.push(b.inner && CELLS.test(b.inner) ? `<tr>${b.inner}</tr>` : `<tr><td>${text}</td></tr>`);
    else out.push(`<${b.kind}>${text}</${b.kind}>`);
  }
  if (open) out.push(`</${open}>`);
  return out.join('\n');
}
