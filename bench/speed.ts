/**
 * Speed bench: unchrome (one thread, in-process) vs Mozilla Readability on linkedom and on jsdom over the
 * same pages (scrapinghub + wcxb-dev .html.gz), after a warm-up; then the batch pool with 1 and 2 workers.
 * Each engine runs in its own child process so its peak RSS is its own.
 *   npm run bench:speed [-- --limit N] [--only unchrome,readability-linkedom] [--all] [--no-pool] [--cpu-prof]
 * --all adds unchrome on the linkedom and jsdom backends and without the Readability candidate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPages, readPage, type BenchPage } from './lib/sets.js';
import { decodeBytes } from '../src/input/decode.js';
import { cleanMany } from '../src/batch/index.js';
import { ENGINES, type SpeedPage } from './speed-engines.js';
import { summarize } from './profile-summary.js';

const SETS = ['scrapinghub', 'wcxb-dev'];
const WARMUP = 30;

interface Figures {
  engine: string;
  pages: number;
  errors: number;
  pagesPerSec: number;
  medianMs: number;
  p95Ms: number;
  peakRssMb: number;
  /** RSS once the pages are loaded, before the engine runs. */
  baseRssMb: number;
  /** Failures by error code (batch runs). */
  errorCodes?: Record<string, number>;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pages(): BenchPage[] {
  const all = SETS.flatMap((s) => listPages(s)).filter((p) => p.path.endsWith('.html.gz'));
  const limit = Number(arg('--limit')) || all.length;
  return all.slice(0, limit);
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
}

const mb = (kb: number): number => Math.round(kb / 1024);

/** Child: times one engine over the pages (decoded to strings first, outside the timing). */
function runEngine(name: string): Figures {
  const make = ENGINES[name];
  if (!make) throw new Error(`unknown engine ${name}`);
  const list: SpeedPage[] = pages().map((p) => ({ html: decodeBytes(readPage(p)).text, url: p.url ?? 'https://example.com/' }));
  const baseRssMb = mb(process.resourceUsage().maxRSS);
  const run = make();
  for (const p of list.slice(0, WARMUP)) { try { run(p); } catch { /* counted below */ } }
  const lat: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  for (const p of list) {
    const t = performance.now();
    try { run(p); } catch { errors++; }
    lat.push(performance.now() - t);
  }
  const wall = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return {
    engine: name, pages: list.length, errors, pagesPerSec: list.length / wall,
    medianMs: quantile(lat, 0.5), p95Ms: quantile(lat, 0.95), peakRssMb: mb(process.resourceUsage().maxRSS), baseRssMb,
  };
}

/** Child: the batch pool over the page files; the rate leaves out the first results (thread start-up). */
async function runPool(workers: number): Promise<Figures> {
  const list = pages();
  const skip = Math.min(WARMUP, Math.floor(list.length / 4));
  const stamps: number[] = [];
  const lat: number[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  for await (const r of cleanMany(list.map((p) => ({ path: p.path, url: p.url ?? undefined })), { workers })) {
    stamps.push(performance.now());
    lat.push(r.ms);
    if (r.error) { errors++; errorCodes[r.error.code] = (errorCodes[r.error.code] ?? 0) + 1; }
  }
  const wall = (stamps.at(-1)! - stamps[skip - 1]!) / 1000;
  lat.sort((a, b) => a - b);
  return {
    engine: `unchrome batch, ${workers} worker${workers > 1 ? 's' : ''}`, pages: list.length, errors,
    pagesPerSec: (list.length - skip) / wall, medianMs: quantile(lat, 0.5), p95Ms: quantile(lat, 0.95),
    peakRssMb: mb(process.resourceUsage().maxRSS), baseRssMb: 0, errorCodes,
  };
}

function child(args: string[], extraNodeArgs: string[] = []): Figures {
  const self = fileURLToPath(import.meta.url);
  const passOn = ['--limit'].flatMap((f) => (arg(f) ? [f, arg(f)!] : []));
  const r = spawnSync(process.execPath, [...process.execArgv, ...extraNodeArgs, self, ...args, ...passOn], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`child ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as Figures;
}

function table(rows: Figures[]): void {
  const head = ['engine', 'pages', 'errors', 'pages/s', 'median ms', 'p95 ms', 'peak RSS MB', 'RSS with pages loaded'];
  console.log(head.join(' | '));
  console.log(head.map(() => '---').join(' | '));
  for (const f of rows) {
    const codes = f.errorCodes && Object.keys(f.errorCodes).length ? ` (${Object.entries(f.errorCodes).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
    console.log([f.engine, f.pages, `${f.errors}${codes}`, f.pagesPerSec.toFixed(1), f.medianMs.toFixed(1), f.p95Ms.toFixed(1), f.peakRssMb, f.baseRssMb || '—'].join(' | '));
  }
}

async function parent(): Promise<void> {
  const only = arg('--only')?.split(',') ?? (process.argv.includes('--all') ? Object.keys(ENGINES) : ['unchrome', 'readability-linkedom', 'readability-jsdom']);
  const n = pages().length;
  console.log(`speed bench: ${n} pages (${SETS.join(' + ')} .html.gz), warm-up ${WARMUP}, one thread each, node ${process.version}`);
  const rows: Figures[] = [];
  for (const e of only) {
    const prof = e === 'unchrome' && process.argv.includes('--cpu-prof') ? mkdtempSync(join(tmpdir(), 'unchrome-prof-')) : null;
    rows.push(child(['--engine', e], prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []));
    if (prof) {
      const file = readdirSync(prof).find((f) => f.endsWith('.cpuprofile'));
      if (file) { console.log(`\ncpu profile of the unchrome run: ${join(prof, file)}`); summarize(join(prof, file), 25); console.log(''); }
    }
  }
  if (!process.argv.includes('--no-pool')) for (const w of [1, 2]) rows.push(child(['--pool', String(w)]));
  table(rows);
  const get = (name: string): Figures | undefined => rows.find((r) => r.engine === name);
  const u = get('unchrome');
  for (const [other, target] of [['readability-linkedom', 1.5], ['readability-jsdom', 8]] as const) {
    const o = get(other);
    if (u && o) console.log(`unchrome / ${other}: ${(u.pagesPerSec / o.pagesPerSec).toFixed(2)}× pages/s (target ≥ ${target}×)`);
  }
  const p1 = get('unchrome batch, 1 worker');
  const p2 = get('unchrome batch, 2 workers');
  if (p1 && p2) console.log(`batch scaling 2 workers / 1 worker: ${(p2.pagesPerSec / p1.pagesPerSec).toFixed(2)}×`);
}

const engine = arg('--engine');
const pool = arg('--pool');
if (engine) console.log(JSON.stringify(runEngine(engine)));
else if (pool) console.log(JSON.stringify(await runPool(Number(pool))));
else await parent();
