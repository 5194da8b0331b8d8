/**
 * Input stage: accepts a string, bytes or a crawler record; enforces the size limit; refuses binary data;
 * decodes bytes (see decode.ts). Every refusal is a typed `UnchromeError`.
 */
import type { CleanInput } from '../types.js';
import { UnchromeError } from '../errors.js';
import { decodeBytes, type CharsetSource } from './decode.js';
import { assertNotBinaryBytes, assertText } from './binary.js';

export interface DecodedInput {
  text: string;
  encoding: string;
  /** Where the charset came from (`bom`, `header`, `meta`, `utf-8`, `sniff`, `default`); `string` for string input. */
  charsetSource: CharsetSource | 'string';
  url: string | null;
  /** Header names lowercased; multi-valued headers joined with ", ". */
  headers: Record<string, string>;
}

export interface ReadOptions {
  maxBytes: number;
  url?: string;
  defaultEncoding?: string;
}

function normHeaders(h: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (h === undefined || h === null) return out;
  if (typeof h !== 'object') throw new UnchromeError('BAD_INPUT', 'input.headers must be an object of header names to values');
  const entries = typeof (h as { entries?: unknown }).entries === 'function' && !Array.isArray(h)
    ? [...(h as { entries(): Iterable<[string, unknown]> }).entries()] // a Headers / Map
    : Object.entries(h);
  for (const [k, v] of entries) {
    if (v === undefined || v === null) continue;
    out[String(k).toLowerCase()] = Array.isArray(v) ? v.map(String).join(', ') : String(v);
  }
  return out;
}

/** UTF-8 size of a string, without encoding it when the answer is clear from its length. */
function utf8Size(s: string, limit: number): number {
  if (s.length > limit) return s.length; // already over: every UTF-16 unit is at least one byte
  if (s.length * 3 <= limit) return s.length; // cannot be over
  return Buffer.byteLength(s, 'utf8');
}

export function readInput(input: CleanInput, opts: ReadOptions): DecodedInput {
  let body: unknown = input;
  let url: string | null = opts.url ?? null;
  let headers: Record<string, string> = {};
  if (input === null || input === undefined) {
    throw new UnchromeError('BAD_INPUT', `no input given (${String(input)}): give a string, a Buffer/Uint8Array or { body, url?, headers? }`);
  }
  if (typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    const rec = input as { body?: unknown; url?: unknown; headers?: unknown };
    if (!('body' in rec)) throw new UnchromeError('BAD_INPUT', 'input object must have a `body` (string or bytes)');
    body = rec.body;
    if (rec.url !== undefined && rec.url !== null && typeof rec.url !== 'string') throw new UnchromeError('BAD_INPUT', 'input.url must be a string');
    if (typeof rec.url === 'string' && !opts.url) url = rec.url;
    headers = normHeaders(rec.headers);
  }
  if (body instanceof ArrayBuffer) body = new Uint8Array(body);
  if (typeof body === 'string') {
    const size = utf8Size(body, opts.maxBytes);
    if (size > opts.maxBytes) throw new UnchromeError('TOO_LARGE', `input of ${size} bytes is over maxBytes=${opts.maxBytes}`);
    const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
    if (!text.trim()) throw new UnchromeError('EMPTY_INPUT', 'the page is empty or whitespace only');
    assertText(text);
    return { text, encoding: 'utf-8', charsetSource: 'string', url, headers };
  }
  if (body instanceof Uint8Array) {
    if (body.byteLength > opts.maxBytes) throw new UnchromeError('TOO_LARGE', `input of ${body.byteLength} bytes is over maxBytes=${opts.maxBytes}`);
    if (body.byteLength === 0) throw new UnchromeError('EMPTY_INPUT', 'the page is empty (0 bytes)');
    assertNotBinaryBytes(body);
    const { text, encoding, source } = decodeBytes(body, headers['content-type'], opts.defaultEncoding);
    if (!text.trim()) throw new UnchromeError('EMPTY_INPUT', 'the page is empty or whitespace only');
    assertText(text);
    return { text, encoding, charsetSource: source, url, headers };
  }
  const kind = body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body;
  throw new UnchromeError('BAD_INPUT', `unsupported input type: ${kind} (give a string, a Buffer/Uint8Array or { body, url?, headers? })`);
}
