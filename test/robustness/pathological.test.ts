// Pathological inputs: every one gives a result or a typed UnchromeError, never a crash or a hang.
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { clean } from '../../src/index.js';
import { outcome, codeOf } from './outcome.js';

const ARTICLE = '<p>The committee published its findings on Monday after a year of hearings and public consultation.</p>'
  + '<p>Members said the report would be debated in parliament before the summer recess.</p>';

describe('bad and binary input', () => {
  it('empty and whitespace input: EMPTY_INPUT', () => {
    for (const x of ['', ' ', '\n\t\r\n', '\u00a0\u3000', Buffer.alloc(0), Buffer.from('   '), { body: '' }]) expect(codeOf(x as never)).toBe('EMPTY_INPUT');
  });
  it('binary files served as HTML: NOT_TEXT', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), Buffer.alloc(200, 7)]);
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\nendstream', 'latin1');
    const zip = Buffer.concat([Buffer.from('504b03041400000008000000210000000000', 'hex'), Buffer.alloc(100, 1)]);
    const gz = gzipSync(Buffer.from(`<html><body>${ARTICLE}</body></html>`));
    const truncated = gz.subarray(0, Math.floor(gz.length / 2));
    for (const [name, b] of Object.entries({ png, pdf, zip, gz, truncated })) {
      expect(codeOf(b), name).toBe('NOT_TEXT');
      expect(codeOf({ body: b, headers: { 'content-type': 'text/html; charset=utf-8' } }), name).toBe('NOT_TEXT');
    }
  });
  it('unsupported input types and bad options: BAD_INPUT / BAD_OPTION', () => {
    expect(codeOf(42 as never)).toBe('BAD_INPUT');
    expect(codeOf(null as never)).toBe('BAD_INPUT');
    expect(codeOf('<p>x</p>', { maxBytes: -1 })).toBe('BAD_OPTION');
    expect(codeOf('<p>x</p>', { dom: 'chrome' as never })).toBe('BAD_OPTION');
    expect(codeOf('<p>x</p>', { maxByte: 5 } as never)).toBe('BAD_OPTION');
    expect(codeOf('<p>x</p>', { defaultEncoding: 'klingon' })).toBe('BAD_OPTION');
  });
  it('invalid UTF-8 and mixed encodings: a result', () => {
    const invalid = Buffer.concat([Buffer.from(`<html><body>${ARTICLE}<p>`), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from('</p></body></html>')]);
    expect(codeOf(invalid)).toBe('ok');
    // a UTF-8 page with a Latin-1 and a KOI8-R fragment pasted in
    const utf8Part = '<p>Größere Änderungen: naïve Café-Kultur, Übermut und Öffnungszeiten — «Привет, мир».</p>'.repeat(5);
    const mixed = Buffer.concat([Buffer.from(`<html><head><meta charset="utf-8"></head><body>${ARTICLE}${utf8Part}<p>`), iconv.encode('Größe, Ärger', 'latin1'), Buffer.from(' und ', 'utf8'), iconv.encode('Привет', 'koi8-r'), Buffer.from('</p></body></html>')]);
    const o = outcome(mixed);
    expect(o.kind).toBe('ok');
    if (o.kind === 'ok') expect(o.result.encoding).toBe('utf-8');
    // mostly legacy bytes with a little UTF-8: decoded, whatever charset wins
    expect(codeOf(Buffer.concat([Buffer.from(`<html><body>${ARTICLE}<p>`), iconv.encode('Größe, Ärger, Übel, Öl — Привет', 'latin1'), Buffer.from('ü</p></body></html>')]))).toBe('ok');
  });
});

describe('size limits', () => {
  const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>\n`;
  const big = `<html><body><article>${para.repeat(Math.ceil(50e6 / para.length))}</article></body></html>`;
  it('a 50 MB page is TOO_LARGE under the default limit, at once', () => {
    expect(codeOf(big)).toBe('TOO_LARGE');
    expect(codeOf(Buffer.from(big.slice(0, 25e6)))).toBe('TOO_LARGE');
  });
  it('a 5 MB page passes with the default limit and a 50 MB page with a raised one', () => {
    expect(codeOf(big.slice(0, 5e6))).toBe('ok');
    expect(codeOf(big, { maxBytes: 60e6, timeoutMs: 120_000 })).toBe('ok');
  });
});

describe('pathological markup', () => {
  it('deep nesting (20,000 <div>s, closed and unclosed) on every backend but jsdom', () => {
    const n = 20_000;
    for (const dom of ['light', 'linkedom'] as const) {
      expect(['ok', 'PARSE_ERROR', 'TIMEOUT'], dom).toContain(codeOf(`<html><body>${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}</body></html>`, { dom }));
      expect(['ok', 'PARSE_ERROR', 'TIMEOUT'], dom).toContain(codeOf(`<html><body>${'<div><span>'.repeat(n / 2)}deep text`, { dom }));
    }
  });
  it('deep nesting on jsdom (3,000 <div>s)', () => {
    const n = 3_000;
    expect(['ok', 'PARSE_ERROR', 'TIMEOUT']).toContain(codeOf(`<html><body>${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}</body></html>`, { dom: 'jsdom' }));
  });
  it('200,000 attributes on one element and a million entities', () => {
    const attrs = Array.from({ length: 200_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ');
    expect(codeOf(`<html><body><p ${attrs}>text of the paragraph</p>${ARTICLE}</body></html>`)).toBe('ok');
    const o = outcome(`<html><body><p>${'&amp;&lt;&#x41;&eacute;&bogus;&#0;&#x110000;'.repeat(150_000)}</p>${ARTICLE}</body></html>`);
    expect(o.kind).toBe('ok');
  });
  it('documents without <body>, framesets, XHTML, SVG, MathML, XML feeds', () => {
    const docs: Record<string, string> = {
      'no body': `<html><head><title>T</title></head>${ARTICLE}</html>`,
      'no html at all': `<title>T</title>${ARTICLE}`,
      frameset: '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>F</title></head><frameset cols="25%,75%"><frame src="nav.html"><frame src="main.html"><noframes><body><p>Your browser does not support frames.</p></body></noframes></frameset></html>',
      xhtml: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><![CDATA[ raw ]]>${ARTICLE}<br/></body></html>`,
      svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><title>Chart</title><text x="10" y="20">Sales rose</text><script>alert(1)</script></svg>',
      mathml: '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>2</mn></math>',
      rss: '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Item</title><description>&lt;p&gt;Text&lt;/p&gt;</description></item></channel></rss>',
      'only a comment': '<!-- nothing here -->',
      'only a doctype': '<!DOCTYPE html>',
      'unclosed everything': '<html><body><div><p><b><i><a href="x">text',
      'stray closers': `</div></p></body></html>${ARTICLE}</article></html>`,
    };
    for (const dom of ['light', 'linkedom', 'jsdom'] as const) {
      for (const [name, html] of Object.entries(docs)) {
        const code = codeOf(html, { dom });
        expect(['ok', 'EMPTY_INPUT'], `${dom}: ${name}`).toContain(code);
        const o = outcome(html, { dom });
        if (o.kind === 'ok') expect(o.result.html, `${dom}: ${name}`).not.toMatch(/<script/i);
      }
    }
  });
  it('text dumps with enormous lines and many lines', () => {
    expect(codeOf('word '.repeat(400_000), { format: 'text' })).toBe('ok');
    expect(codeOf('short line\n'.repeat(200_000), { format: 'text' })).toBe('ok');
  });
  it('control characters and NULs sprinkled in a page are tolerated', () => {
    const page = `<html><body>${ARTICLE.replace(/ /g, (m, i: number) => (i % 97 === 0 ? '\u0000' : m))}\u0007\u001b</body></html>`;
    expect(codeOf(page)).toBe('ok');
  });
  it('one clean() result does not leak into the next', () => {
    const a = clean(`<html><body><article>${ARTICLE}<p>Alpha unique sentence about the committee findings today.</p></article></body></html>`);
    const b = clean(`<html><body><article>${ARTICLE}</article></body></html>`);
    expect(a.body).toContain('Alpha unique');
    expect(b.body).not.toContain('Alpha unique');
  });
});
