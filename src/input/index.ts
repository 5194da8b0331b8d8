/** Input stage: accepts a string, bytes or a crawler record; enforces the size limit; decodes bytes. */
import type { CleanInput } from '../types.js';
import { UnchromeError } from '../errors.js';
import { decodeBytes } from './decode.js';

export interface DecodedInput {
  text: string;
  encoding: string;
  url: string | null;
  /** Header names lowercased; multi-valued headers joined with ", ". */
  headers: Record<string, string>;
}

function normHeaders(h: Record<string, string | string[] | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

export function readInput(input: CleanInput, opts: { maxBytes: number; url?: string; defaultEncoding?: string }): DecodedInput {
  let body: unknown = input;
  let url: string | null = opts.url ?? null;
  let headers: Record<string, string> = {};
  if (input !== null && typeof input === 'object' && !(input instanceof Uint8Array)) {
    const rec = input as { body?: unknown; url?: unknown; headers?: Record<string, string | string[] | undefined> };
    if (!('body' in rec)) throw new UnchromeError('BAD_INPUT', 'input object must have a `body` (string or bytes)');
    body = rec.body;
    if (typeof rec.url === 'string' && !opts.url) url = rec.url;
    headers = normHeaders(rec.headers);
  }
  if (typeof body === 'string') {
    if (body.length > opts.maxBytes) throw new UnchromeError('TOO_LARGE', `input of ${body.length} characters is over maxBytes=${opts.maxBytes}`);
    return { text: body, encoding: 'utf-8', url, headers };
  }
  if (body instanceof Uint8Array) {
    if (body.byteLength > opts.maxBytes) throw new UnchromeError('TOO_LARGE', `input of ${body.byteLength} bytes is over maxBytes=${opts.maxBytes}`);
    const { text, encoding } = decodeBytes(body, headers['content-type'], opts.defaultEncoding);
    return { text, encoding, url, headers };
  }
  throw new UnchromeError('BAD_INPUT', `unsupported input type: ${body === null ? 'null' : typeof body} (give a string, a Buffer/Uint8Array or { body, url?, headers? })`);
}
