/** Reads one page from a file or stdin, gunzipping by magic bytes, with a size limit that also stops gzip bombs. */
import { openSync, closeSync, fstatSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UnchromeError } from '../errors.js';

/** True when the bytes start with the gzip magic number. */
export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** Gunzips `bytes` when they are gzip; the output may not exceed `maxBytes`. */
export function maybeGunzip(bytes: Buffer, maxBytes: number): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new UnchromeError('TOO_LARGE', `gunzipped input is over maxBytes=${maxBytes}`);
    }
    throw new UnchromeError('BAD_INPUT', `corrupt gzip data: ${(e as Error).message}`, { cause: e });
  }
}

function readFd(fd: number, maxBytes: number): Buffer {
  const size = fstatSync(fd).size;
  if (size > maxBytes) throw new UnchromeError('TOO_LARGE', `file of ${size} bytes is over maxBytes=${maxBytes}`);
  return readFileSync(fd);
}

/** Reads a page file (`-` = stdin), gunzipped when it is gzip. Throws `TOO_LARGE` over `maxBytes`. */
export function readPageBytes(path: string, maxBytes: number): Buffer {
  let raw: Buffer;
  if (path === '-') {
    raw = readStdin(maxBytes);
  } else {
    const fd = openSync(path, 'r');
    try { raw = readFd(fd, maxBytes); } finally { closeSync(fd); }
  }
  return maybeGunzip(raw, maxBytes);
}

function readStdin(maxBytes: number): Buffer {
  const raw = readFileSync(0);
  if (raw.length > maxBytes) throw new UnchromeError('TOO_LARGE', `stdin of ${raw.length} bytes is over maxBytes=${maxBytes}`);
  return raw;
}
