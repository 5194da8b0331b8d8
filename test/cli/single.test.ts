/** CLI single mode: JSON/text/markdown output, stdin, gzip (by name and by magic bytes), errors and limits. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildCli, runCli, tmpDir, SEEDS, BENCH } from './helpers.js';

const SEED = join(SEEDS, '000_fbbaa9462fdc2955.txt');
const PAGE = join(BENCH, 'scrapinghub/ba07d1e64775f409.html.gz');
const URL_ = 'https://example.com/news/story.html';
let cli = '';
let tmp = '';
let seedJson: Record<string, unknown> = {};

beforeAll(async () => {
  cli = await buildCli('single');
  tmp = tmpDir();
  seedJson = json([SEED]);
});

function json(args: string[], input?: string | Buffer): Record<string, unknown> {
  const r = runCli(cli, args, input);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('unchrome FILE', () => {
  it('prints the result shape as JSON', () => {
    const out = seedJson;
    for (const k of ['url', 'title', 'author', 'date', 'language', 'body', 'html', 'paywall', 'removed', 'format', 'encoding', 'rules']) {
      expect(out).toHaveProperty(k);
    }
    expect(out.format).toBe('text');
    expect(String(out.body).length).toBeGreaterThan(200);
  });

  it('--format text prints the body, --format markdown the title as a heading', () => {
    const out = seedJson;
    const text = runCli(cli, [SEED, '--format', 'text']);
    expect(text.stdout).toBe(`${String(out.body)}\n`);
    const md = runCli(cli, [SEED, '--format', 'markdown']).stdout;
    expect(md.split('\n').filter((l) => /^#{1,6} /.test(l) && l.includes(String(out.title)))).toHaveLength(1);
    const firstWords = String(out.body).split('\n\n').find((b) => b.length > 80)!.slice(0, 40);
    expect(md).toContain(firstWords);
  });

  it('--no-builtin-rules turns the shipped site rules off', () => {
    const netease = join(SEEDS, '003_904f0b5d7bdbd90b.txt');
    expect(json([netease]).rules).toContain('netease-dump');
    const off = json([netease, '--no-builtin-rules', '--readability', 'never']);
    expect(off.rules).toEqual([]);
    expect(String(off.body)).toContain('维基百科');
  });

  it('--no-updated-dates gives no date to a page that shows only its last update', () => {
    const page = join(tmp, 'updated.html');
    const para = '<p>The guide compares the main options side by side, with their prices, their limits and what readers told us about them over the years.</p>';
    writeFileSync(page, `<html><body><article><h1>How to choose a budget laptop</h1><p>Last updated: March 11, 2026</p>${para}${para}${para}</article></body></html>`);
    const on = json([page]);
    expect([on.date, on.dateKind]).toEqual(['2026-03-11', 'updated']);
    expect(json([page, '--no-updated-dates']).date).toBeNull();
  });

  it('reads stdin (-) like the file', () => {
    expect(json(['-'], readFileSync(SEED)).body).toBe(seedJson.body);
  });

  it('reads .gz transparently, by name and by magic bytes (stdin)', () => {
    const plain = join(tmp, 'page.html');
    writeFileSync(plain, gunzipSync(readFileSync(PAGE)));
    const want = json([plain, '--url', URL_]);
    expect(String(want.body).length).toBeGreaterThan(100);
    const named = json([PAGE, '--url', URL_]);
    expect(named.body).toBe(want.body);
    expect(named.url).toBe(URL_);
    expect(json(['--url', URL_], readFileSync(PAGE)).body).toBe(want.body);
  });

  it('fails with exit 1 and a coded message: missing file, empty page, over --max-bytes, bad option', () => {
    const missing = runCli(cli, [join(tmp, 'nope.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT/);
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '  \n ');
    const e = runCli(cli, [empty]);
    expect(e.status).toBe(1);
    expect(e.stderr).toMatch(/EMPTY_INPUT/);
    const big = runCli(cli, [SEED, '--max-bytes', '100']);
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/TOO_LARGE/);
    const bomb = runCli(cli, ['--max-bytes', '5000'], gzipSync(Buffer.alloc(1 << 20, 'a')));
    expect(bomb.stderr).toMatch(/TOO_LARGE/);
    const bad = runCli(cli, [SEED, '--format', 'yaml']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/yaml/);
  });
});
