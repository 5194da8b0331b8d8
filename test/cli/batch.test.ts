/** CLI batch mode: --list to a folder (ids, error records, summary), JSON Lines in/out, WARC, limits. */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildCli, runCli, tmpDir, ROOT, SEEDS, BENCH } from './helpers.js';

const SUMMARY = /^(\d+) pages, (\d+) errors, [\d.]+ s, [\d.]+ pages\/s$/m;
const PAGE = join(BENCH, 'scrapinghub/ba07d1e64775f409.html.gz');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
let cli = '';
let tmp = '';

beforeAll(async () => {
  cli = await buildCli('batch');
  tmp = tmpDir();
});

function jsonLines(s: string): Array<Record<string, unknown>> {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('unchrome batch --list', () => {
  it('writes <id>.json per page, an error record for a bad page, and the summary line last on stdout', () => {
    const list = join(tmp, 'list.txt');
    const out = join(tmp, 'out');
    const lines = [...seeds, join(tmp, 'missing.html'), `${PAGE}\thttps://example.com/a/story`];
    writeFileSync(list, lines.join('\n') + '\n\n');
    const r = runCli(cli, ['batch', '--list', list, '--out-dir', out, '--workers', '2']);
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!;
    expect(last).toMatch(SUMMARY);
    expect(SUMMARY.exec(last)!.slice(1, 3)).toEqual([String(seeds.length + 2), '1']);
    const files = readdirSync(out).sort();
    expect(files).toEqual([...seeds.map((s) => s.replace(/^.*\//, '').replace(/\.txt$/, '.json')), 'ba07d1e64775f409.json', 'missing.json'].sort());
    const bad = JSON.parse(readFileSync(join(out, 'missing.json'), 'utf8')) as { error: { code: string; message: string } };
    expect(bad.error.code).toBe('READ_ERROR');
    expect(bad.error.message).toMatch(/missing\.html/);
    const page = JSON.parse(readFileSync(join(out, 'ba07d1e64775f409.json'), 'utf8')) as { url: string; body: string; format: string };
    expect(page.url).toBe('https://example.com/a/story');
    expect(page.format).toBe('html');
    // the same page cleaned in this thread (--workers 0) gives the same result
    const r0 = runCli(cli, ['batch', '--list', list, '--out-dir', join(tmp, 'out0'), '--workers', '0']);
    expect(r0.stdout).toMatch(SUMMARY);
    const page0 = JSON.parse(readFileSync(join(tmp, 'out0', 'ba07d1e64775f409.json'), 'utf8')) as { body: string };
    expect(page0.body).toBe(page.body);
  });

  it('refuses a run without input or output', () => {
    expect(runCli(cli, ['batch', '--out-dir', tmp]).status).toBe(2);
    expect(runCli(cli, ['batch', '--list', 'x.txt']).status).toBe(2);
  });
});

describe('unchrome batch --jsonl', () => {
  it('is a streaming filter: JSON lines in, one JSON line out per record (errors too), summary on stderr', () => {
    const html = gunzipSync(readFileSync(PAGE)).toString('utf8');
    const text = readFileSync(seeds[0]!, 'utf8');
    const input = [
      JSON.stringify({ url: 'https://example.com/1', html }),
      JSON.stringify({ id: 'dump', url: 'https://example.com/2', text }),
      '{oops',
      '',
      JSON.stringify({ url: 'https://example.com/4', html: ' ' }),
    ].join('\n');
    const r = runCli(cli, ['batch', '--jsonl', '-', '--workers', '2', '--ordered'], input);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['https://example.com/1', 'dump', '3', 'https://example.com/4']);
    expect(out[0]!.format).toBe('html');
    expect(out[1]!.format).toBe('text');
    expect((out[2]!.error as { code: string }).code).toBe('BAD_JSON');
    expect((out[3]!.error as { code: string }).code).toBe('EMPTY_INPUT');
    expect(r.stderr).toMatch(SUMMARY);
    // --out FILE: the lines go to the file, the summary to stdout
    const file = join(tmp, 'out.jsonl');
    const r2 = runCli(cli, ['batch', '--jsonl', '-', '--workers', '0', '--out', file], input);
    expect(r2.stdout).toMatch(SUMMARY);
    expect(jsonLines(readFileSync(file, 'utf8')).length).toBe(4);
  });
});

describe('unchrome batch --warc', () => {
  it('cleans the HTML response records of a Common Crawl style WARC.gz and skips the rest', () => {
    const r = runCli(cli, ['batch', '--warc', join(ROOT, 'fixtures/warc/sample.warc.gz'), '--workers', '1']);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.url).sort()).toEqual([
      'https://community.clark.com/t/best-electric-toothbrush-which-one-is-really-worth-it/8251',
      'https://forum.astronomy.com/t/new-to-astronomy-best-first-telescope-recommendations/1555',
      'https://www.lhpat-tm.com/blog/decision-info/index-2726.html',
    ]);
    for (const o of out) {
      expect(o.error).toBeUndefined();
      expect(o.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(o.format).toBe('html');
    }
    expect(r.stderr).toMatch(/16 WARC records, 13 skipped/);
  });
});

describe('limits', () => {
  it('a page over --max-bytes or --timeout-ms gets an error record and the run goes on', () => {
    const list = join(tmp, 'limits.txt');
    writeFileSync(list, [PAGE, seeds[0]].join('\n'));
    const big = runCli(cli, ['batch', '--list', list, '--out-dir', join(tmp, 'big'), '--max-bytes', '20000', '--workers', '1']);
    expect(big.stdout).toMatch(/2 pages, 1 errors/);
    expect(JSON.parse(readFileSync(join(tmp, 'big', 'ba07d1e64775f409.json'), 'utf8')).error.code).toBe('TOO_LARGE');
    expect(JSON.parse(readFileSync(join(tmp, 'big', seeds[0]!.replace(/^.*\//, '').replace('.txt', '.json')), 'utf8')).body).toBeTruthy();
  });

  it('a page that never ends has its worker stopped after the hard limit; the next page is cleaned', () => {
    const rules = join(tmp, 'hang.mjs');
    writeFileSync(rules, "export default { name: 'hang', match: { hosts: ['hang.test'] }, before() { for (;;) {} } };\n");
    copyFileSync(PAGE, join(tmp, 'hang.html.gz'));
    copyFileSync(PAGE, join(tmp, 'ok.html.gz'));
    const list = join(tmp, 'hang.txt');
    writeFileSync(list, [`${join(tmp, 'hang.html.gz')}\thttps://hang.test/x`, `${join(tmp, 'ok.html.gz')}\thttps://ok.test/y`].join('\n'));
    const out = join(tmp, 'hang');
    const r = runCli(cli, ['batch', '--list', list, '--out-dir', out, '--rules', rules, '--timeout-ms', '1000', '--workers', '1', '--ordered']);
    expect(r.stdout).toMatch(/2 pages, 1 errors/);
    expect(r.stderr).toBe('');
    const hung = JSON.parse(readFileSync(join(out, 'hang.json'), 'utf8')) as { url: string; error: { code: string; message: string } };
    expect(hung.url).toBe('https://hang.test/x');
    expect(hung.error.code).toBe('TIMEOUT');
    expect(hung.error.message).toMatch(/worker was stopped/);
    const ok = JSON.parse(readFileSync(join(out, 'ok.json'), 'utf8')) as { url: string };
    expect(ok.url).toBe('https://ok.test/y');
  });
});
