/** Checks user options and throws `BAD_OPTION` with a clear message for a wrong one. */
import type { CleanOptions } from '../types.js';
import { UnchromeError } from '../errors.js';
import { normalizeCharset } from '../input/charset.js';

/** Every option `clean()` knows; anything else is refused (a typo would otherwise be ignored silently). */
export const KNOWN_OPTIONS: readonly string[] = [
  'url', 'format', 'rules', 'builtinRules', 'dom', 'readability', 'maxBytes', 'timeoutMs', 'defaultEncoding', 'referenceDate', 'maxRemoved', 'updatedDates',
  'captions',
];
const KNOWN = new Set(KNOWN_OPTIONS);

function bad(msg: string): never {
  throw new UnchromeError('BAD_OPTION', msg);
}

function oneOf(name: string, v: unknown, allowed: readonly string[]): void {
  if (v !== undefined && !allowed.includes(v as string)) bad(`options.${name} must be ${allowed.join(', ')} (got ${JSON.stringify(v) ?? String(v)})`);
}

/** Levenshtein distance ≤ 2, for "did you mean" (option names are short). */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! <= 2;
}

export function validateOptions(o: CleanOptions): void {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) bad('options must be an object');
  for (const k of Object.keys(o)) {
    if (KNOWN.has(k)) continue;
    const guess = KNOWN_OPTIONS.find((n) => near(k, n));
    bad(`unknown option "${k}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
  if (o.url !== undefined && typeof o.url !== 'string') bad('options.url must be a string');
  oneOf('format', o.format, ['auto', 'html', 'text']);
  oneOf('dom', o.dom, ['light', 'linkedom', 'jsdom']);
  oneOf('readability', o.readability, ['auto', 'always', 'never']);
  oneOf('captions', o.captions, ['auto', 'keep']);
  for (const k of ['builtinRules', 'updatedDates'] as const) if (o[k] !== undefined && typeof o[k] !== 'boolean') bad(`options.${k} must be true or false`);
  for (const k of ['maxBytes', 'timeoutMs'] as const) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || Number.isNaN(v) || !(v > 0))) bad(`options.${k} must be a positive number (got ${String(v)})`);
  }
  const mr = o.maxRemoved;
  if (mr !== undefined && (typeof mr !== 'number' || !Number.isInteger(mr) || mr < 0)) bad(`options.maxRemoved must be a whole number ≥ 0 (got ${String(mr)})`);
  if (o.rules !== undefined) {
    if (!Array.isArray(o.rules)) bad('options.rules must be an array of rules');
    o.rules.forEach((r, i) => { if (r === null || typeof r !== 'object' || Array.isArray(r)) bad(`options.rules[${i}] must be a rule object`); });
  }
  if (o.defaultEncoding !== undefined && (typeof o.defaultEncoding !== 'string' || !normalizeCharset(o.defaultEncoding))) {
    bad(`options.defaultEncoding must be a charset name such as "windows-1252" or "shift_jis" (got ${String(o.defaultEncoding)})`);
  }
  if (o.referenceDate !== undefined && (typeof o.referenceDate !== 'string' || Number.isNaN(Date.parse(o.referenceDate)))) bad('options.referenceDate must be an ISO date string');
}
