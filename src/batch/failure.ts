/** Light helpers the main thread needs without loading the cleaner: error records and output file names. */
import { join } from 'node:path';
import { UnchromeError } from '../errors.js';
import type { BatchError } from './types.js';
import { safeFileId } from './ids.js';

/** The file a page's result goes to in an output folder. */
export function outputPath(dir: string, id: string): string {
  return join(dir, safeFileId(id) + '.json');
}

/** Maps anything thrown while handling a page to a stable `{ message, code }`. */
export function toBatchError(e: unknown): BatchError {
  if (e instanceof UnchromeError) return { message: e.message, code: e.code };
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && typeof err.syscall === 'string') return { message: err.message, code: 'READ_ERROR' };
  if (e instanceof SyntaxError) return { message: e.message, code: 'BAD_JSON' };
  if (err && typeof err.message === 'string') return { message: err.message, code: 'INTERNAL' };
  let text = String(e);
  if (text === '[object Object]') try { text = JSON.stringify(e); } catch { /* keep it */ }
  return { message: text, code: 'INTERNAL' };
}

