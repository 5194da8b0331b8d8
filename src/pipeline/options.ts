/** Checks user options and throws `BAD_OPTION` with a clear message for a wrong one. */
import type { CleanOptions } from '../types.js';
import { UnchromeError } from '../errors.js';

const KNOWN = new Set(['url', 'format', 'rules', 'builtinRules', 'dom', 'readability', 'maxBytes', 'timeoutMs', 'defaultEncoding', 'referenceDate', 'maxRemoved']);

function bad(msg: string): never {
  throw new UnchromeError('BAD_OPTION', msg);
}

export function validateOptions(o: CleanOptions): void {
  if (o === null || typeof o !== 'object') bad('options must be an object');
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) bad(`unknown option "${k}"`);
  if (o.url !== undefined && typeof o.url !== 'string') bad('options.url must be a string');
  if (o.format !== undefined && !['auto', 'html', 'text'].includes(o.format)) bad(`options.format must be auto, html or text (got ${String(o.format)})`);
  if (o.dom !== undefined && !['light', 'linkedom', 'jsdom'].includes(o.dom)) bad(`options.dom must be light, linkedom or jsdom (got ${String(o.dom)})`);
  if (o.readability !== undefined && !['auto', 'always', 'never'].includes(o.readability)) bad('options.readability must be auto, always or never');
  for (const k of ['maxBytes', 'timeoutMs', 'maxRemoved'] as const) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || !(v > 0))) bad(`options.${k} must be a positive number`);
  }
  if (o.rules !== undefined && !Array.isArray(o.rules)) bad('options.rules must be an array of rules');
  if (o.referenceDate !== undefined && (typeof o.referenceDate !== 'string' || Number.isNaN(Date.parse(o.referenceDate)))) bad('options.referenceDate must be an ISO date string');
}
