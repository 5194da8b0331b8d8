/** Byte and line streams for batch inputs: files or stdin, gunzipped by magic bytes, split into lines. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { isGzip } from './read.js';

/** The bytes of a file (`-` = stdin). */
export function openBytes(path: string): AsyncIterable<Buffer> {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
}

/** Passes the stream through gunzip when its first bytes are the gzip magic (multi-member gzip works too). */
export async function* gunzipIfGzip(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = src[Symbol.asyncIterator]();
  let first = await it.next();
  if (first.done) return;
  let head: Buffer = first.value;
  while (head.length < 2) { // a tiny first chunk: gather enough to see the magic
    first = await it.next();
    if (first.done) break;
    head = Buffer.concat([head, first.value]);
  }
  const rest = (async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  if (isGzip(head)) yield* Readable.from(rest).pipe(createGunzip()) as AsyncIterable<Buffer>;
  else yield* rest;
}

/** Lines of a (possibly gzipped) file or stdin, without their line ends. */
export function readLines(path: string): AsyncIterable<string> {
  return createInterface({ input: Readable.from(gunzipIfGzip(openBytes(path))), crlfDelay: Infinity });
}
