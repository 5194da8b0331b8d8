// Charset decoding on real pages re-encoded in their language's legacy charsets (fixtures/encodings/make.ts).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/input/decode.js';
import { sameCharset } from '../../src/input/sniff.js';
import { normalizeCharset, charsetFromMarkup, charsetFromContentType } from '../../src/input/charset.js';

const DIR = new URL('../../fixtures/encodings/', import.meta.url);
interface Entry { file: string; lang: string; encoding: string; variant: string; declared: string | null }
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Entry[];
const load = (f: string): Buffer => gunzipSync(readFileSync(new URL(f, DIR)));

/** The page as its true charset reads it (characters the charset cannot hold were already '?' in the fixture). */
const truth = (bytes: Buffer, enc: string): string => iconv.decode(bytes, enc);

describe('decodeBytes on re-encoded real pages', () => {
  const encoded = manifest.filter((m) => m.variant !== 'served');
  it('covers the charsets the brief names', () => {
    const encs = new Set(encoded.map((m) => m.encoding));
    for (const e of ['gbk', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1251', 'koi8-r', 'windows-1252']) expect(encs.has(e)).toBe(true);
  });
  for (const m of encoded) {
    it(`${m.file} (${m.variant}${m.declared ? `: declares ${m.declared}` : ''})`, () => {
      const bytes = load(m.file);
      const d = decodeBytes(bytes);
      expect(sameCharset(d.encoding, m.encoding), `${d.encoding} (from ${d.source})`).toBe(true);
      expect(d.text).toBe(truth(bytes, m.encoding));
    });
  }
  for (const m of encoded.filter((e) => e.variant === 'nometa')) {
    it(`${m.file} with a content-type header`, () => {
      const bytes = load(m.file);
      const d = decodeBytes(bytes, `text/html; charset="${m.encoding.toUpperCase()}"`);
      expect(d.source).toBe('header');
      expect(d.text).toBe(truth(bytes, m.encoding));
    });
    it(`${m.file} with a wrong content-type header (server default iso-8859-1, or utf-8)`, () => {
      const bytes = load(m.file);
      const wrong = m.encoding === 'windows-1252' ? 'text/html; charset=utf-8' : 'text/html; charset=ISO-8859-1';
      const d = decodeBytes(bytes, wrong);
      expect(sameCharset(d.encoding, m.encoding), d.encoding).toBe(true);
      expect(d.text).toBe(truth(bytes, m.encoding));
    });
  }
});

describe('decodeBytes on pages kept as served', () => {
  it('reads a real GBK page declared gb2312', () => {
    const bytes = load('zh-served-gb2312.html.gz');
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('gbk');
    expect(d.text).not.toContain('\uFFFD');
    expect(d.text).toMatch(/\p{Script=Han}{20}/u);
  });
  it('reads a real ISO-8859-1 page as windows-1252 (WHATWG)', () => {
    const bytes = load('de-served-latin1.html.gz');
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(iconv.decode(bytes, 'windows-1252'));
    expect(d.text).toMatch(/[äöüß]/);
  });
  it('reads UTF-8 with stray Latin-1 bytes as UTF-8, the stray bytes as Latin-1', () => {
    const bytes = load('de-served-mixed.html.gz');
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).not.toContain('\uFFFD');
    expect(d.text).not.toMatch(/Ã[¤¶¼Ÿ]/); // no mojibake of the UTF-8 part
    expect(d.text).toContain('Mitgefühl wählen');
  });
});

describe('decodeBytes: small cases', () => {
  const enc = (s: string, e: string): Buffer => iconv.encode(s, e);
  it('BOMs win over everything', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>é</p>')]), 'text/html; charset=koi8-r')).toMatchObject({ text: '<p>é</p>', encoding: 'utf-8', source: 'bom' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), enc('<p>Привет</p>', 'utf-16le')]))).toMatchObject({ text: '<p>Привет</p>', encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), enc('<p>日本</p>', 'utf-16be')]))).toMatchObject({ text: '<p>日本</p>', encoding: 'utf-16be' });
  });
  it('UTF-16 without a BOM is recognised by its NUL bytes', () => {
    const html = '<html><head><title>Тест</title></head><body><p>Привет, мир</p></body></html>';
    expect(decodeBytes(enc(html, 'utf-16le')).text).toBe(html);
    expect(decodeBytes(enc(html, 'utf-16be')).text).toBe(html);
  });
  it('valid UTF-8 beats a wrong legacy meta', () => {
    const html = '<meta charset="windows-1251"><p>Größe — naïve café, 東京</p>';
    expect(decodeBytes(Buffer.from(html))).toMatchObject({ text: html, encoding: 'utf-8' });
  });
  it('reads html5 <meta content="text/html; charset=…"> with attributes in any order', () => {
    const body = 'Съешь же ещё этих мягких французских булок, да выпей чаю. '.repeat(10);
    for (const meta of [
      '<meta content="text/html; charset=windows-1251" http-equiv="Content-Type">',
      "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1251'>",
      '<meta http-equiv=Content-Type content=text/html;charset=windows-1251>',
      '<meta charset=windows-1251>',
    ]) {
      const d = decodeBytes(enc(`<html><head>${meta}</head><body><p>${body}</p></body></html>`, 'windows-1251'));
      expect(d.encoding, meta).toBe('windows-1251');
      expect(d.source, meta).toBe('meta');
      expect(d.text, meta).toContain(body);
    }
  });
  it('ignores a meta inside a comment', () => {
    expect(charsetFromMarkup('<!-- <meta charset="koi8-r"> --><meta charset="shift_jis">')).toBe('shift_jis');
  });
  it('reads an XML declaration', () => {
    expect(charsetFromMarkup('<?xml version="1.0" encoding="EUC-JP"?><html>')).toBe('euc-jp');
  });
  it('normalises labels the WHATWG way', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('us-ascii')).toBe('windows-1252');
    expect(normalizeCharset(' "GB2312" ')).toBe('gbk');
    expect(normalizeCharset('x-sjis')).toBe('shift_jis');
    expect(normalizeCharset('ks_c_5601-1987')).toBe('euc-kr');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('no-such-charset')).toBeNull();
    expect(charsetFromMarkup('<meta charset="utf-16">')).toBe('utf-8');
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('windows-1251');
  });
  it('decodes ISO-2022-JP (7-bit, by its escape sequences)', () => {
    const bytes = Buffer.from('1b244224332473244b2441244f1b2842', 'hex'); // こんにちは
    expect(decodeBytes(bytes).text).toBe('こんにちは');
    expect(decodeBytes(Buffer.concat([Buffer.from('<meta charset="iso-2022-jp">'), bytes])).text).toContain('こんにちは');
  });
  it('uses defaultEncoding when nothing is declared and the bytes are not UTF-8', () => {
    const bytes = enc('<p>Ça coûte très cher</p>', 'windows-1252');
    expect(decodeBytes(bytes, undefined, 'iso-8859-15')).toMatchObject({ encoding: 'iso-8859-15', text: '<p>Ça coûte très cher</p>' });
  });
  it('ASCII-only pages decode the same whatever they declare', () => {
    expect(decodeBytes(Buffer.from('<meta charset="shift_jis"><p>plain ascii</p>'))).toMatchObject({ text: '<meta charset="shift_jis"><p>plain ascii</p>', encoding: 'shift_jis' });
    expect(decodeBytes(Buffer.from('<p>plain</p>')).encoding).toBe('utf-8');
  });
  it('never throws on invalid or truncated byte sequences', () => {
    const junk = Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x70, 0x3e]);
    for (const ct of [undefined, 'text/html; charset=utf-8', 'text/html; charset=shift_jis', 'text/html; charset=bogus']) {
      const d = decodeBytes(junk, ct);
      expect(d.text.startsWith('<p>')).toBe(true);
    }
  });
});

describe('refused charsets', () => {
  it('never decodes as UTF-7 (it turns ASCII into markup)', () => {
    expect(normalizeCharset('utf-7')).toBeNull();
    expect(normalizeCharset('x-imap4-modified-utf7')).toBeNull();
    const page = Buffer.from('<meta charset="utf-7"><p>caf\xe9 +ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>', 'latin1');
    const d = decodeBytes(page, 'text/html; charset=utf-7');
    expect(d.encoding).not.toMatch(/7/);
    expect(d.text).not.toContain('<script>');
  });
});
