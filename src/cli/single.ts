/** `unchrome [FILE|-]`: cleans one page and prints it as JSON (the result shape), text or markdown. */
import type { CleanOptions, CleanResult } from '../types.js';
import { clean } from '../clean.js';
import { readPageBytes } from '../batch/read.js';
import { toMarkdown } from './markdown.js';

export type OutputFormat = 'json' | 'text' | 'markdown';

export function render(result: CleanResult, format: OutputFormat): string {
  if (format === 'text') return result.body + '\n';
  if (format === 'markdown') return toMarkdown(result) + '\n';
  return JSON.stringify(result, null, 2) + '\n';
}

export function runSingle(file: string, format: OutputFormat, options: CleanOptions): number {
  const bytes = readPageBytes(file, options.maxBytes ?? 20 * 1024 * 1024);
  process.stdout.write(render(clean(bytes, options), format));
  return 0;
}
