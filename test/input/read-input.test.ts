// readInput: input kinds, size limit, binary refusal, empty input, headers.
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInput } from '../../src/input/index.js';
import { UnchromeError } from '../../src/errors.js';

const opts = { maxBytes: 1000 };
function code(f: () => unknown): string | null {
  try { f(); return null; } catch (e) { if (e instanceof UnchromeError) return e.code; throw e; }
}

describe('readInput', () => {
  it('accepts a string, bytes, an ArrayBuffer and a crawler record', () => {
    expect(readInput('<p>hi</p>', opts)).toMatchObject({ text: '<p>hi</p>', encoding: 'utf-8', url: null });
    expect(readInput(Buffer.from('<p>hé</p>'), opts).text).toBe('<p>hé</p>');
    expect(readInput(new Uint8Array(Buffer.from('<p>x</p>')), opts).text).toBe('<p>x</p>');
    const rec = readInput({ body: iconv.encode('<p>Привет мир, как дела у вас сегодня? Всё хорошо, спасибо!</p>', 'koi8-r'), url: 'https://ex.ru/a', headers: { 'Content-Type': 'text/html; charset=KOI8-R', 'X-Multi': ['a', 'b'] } }, opts);
    expect(rec).toMatchObject({ encoding: 'koi8-r', url: 'https://ex.ru/a', charsetSource: 'header' });
    expect(rec.text).toContain('Привет мир');
    expect(rec.headers).toEqual({ 'content-type': 'text/html; charset=KOI8-R', 'x-multi': 'a, b' });
  });

  it('options.url wins over the record url', () => {
    expect(readInput({ body: 'x', url: 'https://a/' }, { ...opts, url: 'https://b/' }).url).toBe('https://b/');
  });

  it('strips a BOM from string input', () => {
    expect(readInput('\uFEFF<p>x</p>', opts).text).toBe('<p>x</p>');
  });

  it('refuses input over maxBytes as TOO_LARGE, counting UTF-8 bytes of strings', () => {
    expect(code(() => readInput('a'.repeat(1001), opts))).toBe('TOO_LARGE');
    expect(code(() => readInput(Buffer.alloc(1001, 0x61), opts))).toBe('TOO_LARGE');
    expect(code(() => readInput('ж'.repeat(600), opts))).toBe('TOO_LARGE'); // 1200 bytes in 600 characters
    expect(code(() => readInput('ж'.repeat(400), opts))).toBeNull();
  });

  it('refuses empty and whitespace-only input as EMPTY_INPUT', () => {
    for (const b of ['', '   \n\t ', Buffer.alloc(0), Buffer.from('  \r\n '), { body: '' }, '\uFEFF ']) expect(code(() => readInput(b as never, opts))).toBe('EMPTY_INPUT');
  });

  it('refuses unsupported input types as BAD_INPUT', () => {
    for (const b of [null, undefined, 42, true, [], { url: 'x' }, { body: 42 }, { body: null }, { body: 'x', url: 5 }, { body: 'x', headers: 'text/html' }]) {
      expect(code(() => readInput(b as never, opts)), JSON.stringify(b)).toBe('BAD_INPUT');
    }
  });

  it('refuses binary data as NOT_TEXT: by signature and by control characters', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1');
    const zip = Buffer.from('504b0304140000000800', 'hex');
    const gz = gzipSync(Buffer.from('<html><body>hi</body></html>'));
    const truncatedGz = gz.subarray(0, 12);
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
    for (const [name, b] of Object.entries({ png, pdf, zip, gz, truncatedGz, random })) {
      expect(code(() => readInput(b, { maxBytes: 1e6 })), name).toBe('NOT_TEXT');
      expect(code(() => readInput(b.toString('latin1'), { maxBytes: 1e6 })), `${name} as a latin1 string`).toBe('NOT_TEXT');
    }
    expect(code(() => readInput(png.toString('utf8') + '\0\0\0\0\0\0\0\0\0\0\0', { maxBytes: 1e6 }))).toBe('NOT_TEXT');
  });

  it('lets through text that happens to start like a signature word', () => {
    expect(readInput('OTTO Group reports results\nRevenue rose.', opts).text).toContain('OTTO');
    expect(readInput('ID3 tags explained\nAn ID3 tag holds metadata.', opts).text).toContain('ID3');
    expect(readInput('GIF8 is not a thing\nok', opts).text).toContain('GIF8');
  });
});
