/**
 * Mozilla Readability as a second candidate: runs it on a linkedom parse of the raw page (as Readability is
 * normally used) and returns its article text, whitespace-squashed, so blocks can be checked against it.
 * linkedom runs no scripts and loads nothing.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawBlock } from './blocks.js';
import { F } from './blocks.js';

/** Readability's article text for the page, or null when it finds none or fails. */
export function readabilityText(html: string): string | null {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
    const text = article?.textContent?.replace(/\s+/g, ' ').trim();
    return text || null;
  } catch {
    return null;
  }
}

/** Marks the blocks whose text Readability kept; false when Readability found no article. */
export function markReadabilityBlocks(blocks: RawBlock[], html: string): boolean {
  const rd = readabilityText(html);
  if (!rd) return false;
  for (const b of blocks) if (rd.includes(b.text.replace(/\s+/g, ' '))) b.flags |= F.READABILITY;
  return true;
}
