// clean() never touches the network or the file system: pages full of resource references and scripts,
// through every DOM backend, against a local HTTP server that counts requests and spies on net/http/fs/fetch.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { AddressInfo } from 'node:net';
import { clean } from '../../src/index.js';

const require = createRequire(import.meta.url);
const fs = require('node:fs') as Record<string, unknown>;
const https = require('node:https') as Record<string, unknown>;
const httpCjs = require('node:http') as Record<string, unknown>;

let server: http.Server;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => { requests.push(req.url ?? ''); res.setHeader('content-type', 'text/html'); res.end('<p>x</p>'); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { await new Promise<void>((resolve) => server.close(() => resolve())); });

function resourcePage(o: string): string {
  return `<!doctype html><html><head>
<base href="${o}/base/">
<meta http-equiv="refresh" content="0;url=${o}/refresh">
<link rel="stylesheet" href="${o}/style.css"><link rel="preload" as="image" href="${o}/preload.png"><link rel="icon" href="${o}/favicon.ico">
<link rel="import" href="${o}/import.html"><link rel="prefetch" href="${o}/prefetch"><link rel="dns-prefetch" href="${o}">
<style>@import url("${o}/import.css"); body { background: url("${o}/bg.png"); } @font-face { font-family: x; src: url("${o}/font.woff"); }</style>
<script src="${o}/script.js"></script>
<script>fetch("${o}/inline-fetch"); new Image().src = "${o}/inline-image"; document.write('<img src="${o}/document-write">');</script>
<script type="module">import "${o}/module.js";</script>
</head><body onload="fetch('${o}/onload')">
<article><h1>Resource test page</h1>
<p>Paragraph one of the article with enough words to be taken for content by any extractor that looks for prose.</p>
${Array.from({ length: 30 }, (_, i) => `<img src="${o}/img${i}.png" srcset="${o}/img${i}@2x.png 2x" onerror="fetch('${o}/onerror${i}')">`).join('\n')}
<picture><source srcset="${o}/picture.webp" type="image/webp"><img src="${o}/picture.jpg"></picture>
<iframe src="${o}/iframe.html"></iframe><frame src="${o}/frame.html">
<object data="${o}/object.swf"></object><embed src="${o}/embed.swf">
<video src="${o}/video.mp4" poster="${o}/poster.jpg" autoplay><track src="${o}/track.vtt"></video><audio src="${o}/audio.mp3" autoplay></audio>
<svg><image href="${o}/svg-image.png"/><use href="${o}/sprite.svg#x"/></svg>
<input type="image" src="${o}/input.png"><div style="background-image:url('${o}/inline-style.png')">styled</div>
<img src="file:///etc/passwd"><iframe src="file:///etc/hostname"></iframe><script src="file:///tmp/unchrome-never.js"></script>
<p>Paragraph two of the article, again long enough to look like real content rather than a navigation label.</p>
</article></body></html>`;
}

type Fn = (...args: unknown[]) => unknown;
/** Wraps the named functions of `obj` to count calls while `body` runs. */
function spyOn(obj: Record<string, unknown>, names: string[], hits: string[], label: string): () => void {
  const saved: Array<[string, unknown]> = [];
  for (const n of names) {
    const orig = obj[n];
    if (typeof orig !== 'function') continue;
    saved.push([n, orig]);
    obj[n] = function (this: unknown, ...args: unknown[]) { hits.push(`${label}.${n}(${String(args[0]).slice(0, 60)})`); return (orig as Fn).apply(this, args); };
  }
  return () => { for (const [n, f] of saved) obj[n] = f; };
}

describe('no network and no file access from clean()', () => {
  for (const dom of ['light', 'linkedom', 'jsdom'] as const) {
    it(`dom=${dom}: zero requests, zero sockets, zero file reads`, async () => {
      clean('<p>warm up: loads the backend modules before the spies start</p><p>two</p><p>three</p>', { dom, format: 'html' });
      requests.length = 0;
      const hits: string[] = [];
      const restore = [
        spyOn(net.Socket.prototype as unknown as Record<string, unknown>, ['connect'], hits, 'net.Socket'),
        spyOn(net as unknown as Record<string, unknown>, ['connect', 'createConnection'], hits, 'net'),
        spyOn(httpCjs, ['request', 'get'], hits, 'http'),
        spyOn(https, ['request', 'get'], hits, 'https'),
        spyOn(globalThis as unknown as Record<string, unknown>, ['fetch'], hits, 'fetch'),
        spyOn(fs, ['openSync', 'readFileSync', 'open', 'readFile', 'createReadStream', 'readdirSync', 'statSync', 'existsSync'], hits, 'fs'),
      ];
      syncBuiltinESMExports(); // ESM `import { readFileSync } from 'node:fs'` bindings see the spies too
      let result;
      try {
        result = clean(resourcePage(origin), { dom, url: `${origin}/article.html` });
      } finally { restore.forEach((r) => r()); syncBuiltinESMExports(); }
      await new Promise((r) => setTimeout(r, 300)); // anything asynchronous would have arrived by now
      expect(result.body).toContain('Paragraph one');
      expect(hits).toEqual([]);
      expect(requests).toEqual([]);
    });
  }

  it('the spies and the server do see a real request (the test can fail)', async () => {
    requests.length = 0;
    const hits: string[] = [];
    const restore = spyOn(httpCjs, ['get'], hits, 'http');
    await new Promise<void>((resolve) => { (httpCjs['get'] as typeof http.get)(`${origin}/probe`, (res) => { res.resume(); res.on('end', resolve); }); });
    restore();
    expect(hits.length).toBe(1);
    expect(requests).toEqual(['/probe']);
  });
});
