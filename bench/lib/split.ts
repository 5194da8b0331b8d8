/** The fixed validation split of the HTML benchmark pages: one page in five, by a hash of set and id, never trained or tuned on. */
import { createHash } from 'node:crypto';

export function isValidation(set: string, id: string): boolean {
  const h = createHash('sha1').update(`${set}/${id}`).digest();
  return h[0]! % 5 === 0;
}

export type Split = 'all' | 'train' | 'val';

export function inSplit(set: string, id: string, split: Split): boolean {
  if (split === 'all') return true;
  return isValidation(set, id) === (split === 'val');
}
