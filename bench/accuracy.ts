/**
 * Accuracy harness: runs unchrome's batch CLI and Mozilla Readability (linkedom) over the benchmark sets in one
 * run, scores both with the reference evaluator, and prints them side by side.
 * usage: npm run bench:accuracy [-- --sets scrapinghub,wcxb-dev] [--no-peer] [--in-process] [--split all|train|val]
 */
import { mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { listPages as listAll, readPage, evaluate, ROOT, type BenchPage } from './lib/sets.js';
import { inSplit, type Split } from './lib/split.js';
import { decodeBytes } from '../src/input/decode.js';
import { clean } from '../src/index.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: string): string => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]! : def; };
const sets = opt('--sets', 'scrapinghub,wcxb-dev,wcxb-dev-w3m').split(',');
const peer = !argv.includes('--no-peer');
/** Run clean() from the sources in this process instead of the built CLI (for development). */
const inProcess = argv.includes('--in-process');
const OUT = join(ROOT, '.bench-out');
/** Which pages: `val` is the held-out fifth the block model never saw (bench/lib/split.ts). */
const split = opt('--split', 'all') as Split;
const listPages = (set: string): BenchPage[] => listAll(set).filter((p) => inSplit(set, p.id, split));

function runUnchrome(set: string): string {
  const dir = join(OUT, set, 'unchrome');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pages = listPages(set);
  if (inProcess) {
    const t0 = performance.now();
    for (const p of pages) {
      let out: unknown;
      try { out = clean(readPage(p), { url: p.url ?? undefined }); } catch (e) { out = { error: (e as Error).message }; }
      writeFileSync(join(dir, `${p.id}.json`), JSON.stringify(out));
    }
    process.stderr.write(`  unchrome ${set}: ${pages.length} pages in process, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    return dir;
  }
  const list = join(OUT, set, 'list.tsv');
  writeFileSync(list, pages.map((p) => (p.url ? `${p.path}\t${p.url}` : p.path)).join('\n') + '\n');
  const summary = execFileSync('node', [join(ROOT, 'dist/cli.js'), 'batch', '--list', list, '--out-dir', dir, '--workers', opt('--workers', '1')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  process.stderr.write(`  unchrome ${set}: ${summary.trim().split('\n').pop()}\n`);
  return dir;
}

function runReadability(set: string): string | null {
  const pages = listPages(set).filter((p) => p.path.endsWith('.html.gz'));
  if (!pages.length) return null;
  const dir = join(OUT, set, 'readability');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  for (const p of pages) {
    let body = '';
    try {
      const { text } = decodeBytes(readPage(p));
      const { document } = parseHTML(text);
      const art = new Readability(document as unknown as Document).parse();
      body = art?.textContent ?? '';
    } catch { /* an empty prediction */ }
    writeFileSync(join(dir, `${p.id}.json`), JSON.stringify({ body, date: null }));
  }
  process.stderr.write(`  readability ${set}: ${pages.length} pages, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return dir;
}

/** How many labelled pages (wcxb-dev's `page_type`) got their label as `pageType`; null for sets without labels or text dumps. */
function pageTypeLine(set: string, dir: string): string | null {
  const labelled = listPages(set).filter((p) => typeof p.truth['page_type'] === 'string');
  let right = 0, typed = 0;
  for (const p of labelled) {
    let got: unknown = null;
    try { got = (JSON.parse(readFileSync(join(dir, `${p.id}.json`), 'utf8')) as { pageType?: unknown }).pageType; } catch { /* no prediction */ }
    if (got) typed++;
    if (got === p.truth['page_type']) right++;
  }
  if (!typed) return null;
  return `   pageType right on ${right} of ${labelled.length} labelled pages (${(right / labelled.length).toFixed(3)})`;
}

const fmt = (v: unknown): string => (typeof v === 'number' ? v.toFixed(3) : v === undefined ? '—' : String(v));
const rows: string[] = [];
for (const set of sets) {
  const ids = split === 'all' ? undefined : listPages(set).map((p) => p.id);
  const ourDir = runUnchrome(set);
  const ours = evaluate(set, ourDir, true, ids);
  const rdDir = peer ? runReadability(set) : null;
  const theirs = rdDir ? evaluate(set, rdDir, true, ids) : {};
  rows.push(`${set.padEnd(14)} | aeb_f1 ${fmt(ours['aeb_f1'])} vs ${fmt(theirs['aeb_f1'])} | wcxb_f1 ${fmt(ours['wcxb_f1'])} vs ${fmt(theirs['wcxb_f1'])} | P ${fmt(ours['wcxb_p'])} R ${fmt(ours['wcxb_r'])} | date_acc ${fmt(ours['date_acc'])} wrong ${fmt(ours['date_wrong'])}`);
  const byType = ours['wcxb_f1_by_type'] as Record<string, number> | undefined;
  const peerType = theirs['wcxb_f1_by_type'] as Record<string, number> | undefined;
  if (byType && Object.keys(byType).length > 1) {
    for (const [t, v] of Object.entries(byType)) rows.push(`   ${t.padEnd(14)} ${v.toFixed(3)}${peerType?.[t] !== undefined ? ` vs ${peerType[t]!.toFixed(3)}` : ''}`);
  }
  const typeLine = pageTypeLine(set, ourDir);
  if (typeLine) rows.push(typeLine);
}
console.log('set            | unchrome vs Readability(linkedom)');
for (const r of rows) console.log(r);
