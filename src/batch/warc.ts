/**
 * WARC input (warcio): the HTTP response records of a WARC file, as Common Crawl publishes them
 * (one gzip member per record). Other records, non-2xx answers and non-HTML/text payloads are skipped.
 */
import { WARCParser } from 'warcio';
import { gunzipIfGzip, openBytes } from './streams.js';

export interface WarcPage {
  id: string;
  url: string;
  body: Uint8Array;
  headers: Record<string, string>;
}

/** A record that cannot be cleaned (over the size limit): reported as an error, not skipped. */
export interface WarcOversize {
  id: string;
  url: string;
  tooLarge: number;
}

export interface WarcCounts {
  records: number;
  skipped: number;
}

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)\b|^$/i;

function recordId(raw: string | null | undefined, fallback: number): string {
  if (!raw) return `record-${fallback}`;
  return raw.replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '');
}

function headersOf(h: { headers: Iterable<[string, string]> } | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const [k, v] of h.headers) out[k.toLowerCase()] = v;
  return out;
}

/** Response records of a WARC (or WARC.gz, or stdin with `-`), read as a stream: memory holds one record. */
export async function* warcPages(path: string, maxBytes: number, counts: WarcCounts = { records: 0, skipped: 0 }): AsyncGenerator<WarcPage | WarcOversize> {
  const parser = new WARCParser(gunzipIfGzip(openBytes(path)));
  for await (const record of parser) {
    counts.records++;
    if (record.warcType !== 'response' || !record.httpHeaders) { counts.skipped++; continue; }
    const status = Number(record.httpHeaders.statusCode);
    const headers = headersOf(record.httpHeaders as unknown as { headers: Iterable<[string, string]> });
    const type = (headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!(status >= 200 && status < 300) || !PAGE_TYPES.test(type)) { counts.skipped++; continue; }
    const id = recordId(record.warcHeader('WARC-Record-ID'), counts.records);
    const url = record.warcTargetURI ?? '';
    if (record.warcContentLength > maxBytes * 2 + 65536) { yield { id, url, tooLarge: record.warcContentLength }; continue; }
    let body = await record.readFully(true);
    // a view into a bigger buffer would be copied whole to the worker: keep only the page
    if (body.byteOffset !== 0 || body.byteLength !== body.buffer.byteLength) body = body.slice();
    yield { id, url, body, headers };
  }
}
