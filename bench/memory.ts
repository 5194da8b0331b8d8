/**
 * Memory bench: a long batch (the bench pages repeated, 20,000 by default) through `cleanMany`, printing
 * RSS every 1,000 pages; the target is a peak under 500 MB and a flat line after the first thousand.
 *   npm run bench:memory [-- --pages 20000] [--workers 2] [--heap-mb 160]   (--workers 0: in this thread)
 */
import { availableParallelism } from 'node:os';
import { listPages } from './lib/sets.js';
import { cleanMany, type BatchPage } from '../src/batch/index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number(arg('--pages')) || 20_000;
const workers = arg('--workers') !== undefined ? Number(arg('--workers')) : availableParallelism();
const every = Number(arg('--every')) || 1000;
const workerHeapMb = arg('--heap-mb') ? Number(arg('--heap-mb')) : undefined;
const files = ['scrapinghub', 'wcxb-dev'].flatMap((s) => listPages(s)).filter((p) => p.path.endsWith('.html.gz'));

function* inputs(): Generator<BatchPage> {
  for (let i = 0; i < total; i++) {
    const p = files[i % files.length]!;
    yield { id: `${i}`, path: p.path, url: p.url ?? undefined };
  }
}

const mb = (b: number): number => Math.round(b / 1048576);

async function main(): Promise<void> {
  console.log(`memory bench: ${total} pages (${files.length} bench pages repeated), ${workers} worker(s)${workerHeapMb ? `, worker heap ${workerHeapMb} MB` : ''}, node ${process.version}`);
  console.log('pages | elapsed s | pages/s | RSS MB | main heap MB | errors');
  const t0 = performance.now();
  let n = 0;
  let errors = 0;
  const rss: number[] = [];
  for await (const r of cleanMany(inputs(), { workers, workerHeapMb })) {
    n++;
    if (r.error) errors++;
    if (n % every === 0 || n === total) {
      const m = process.memoryUsage();
      rss.push(m.rss);
      const s = (performance.now() - t0) / 1000;
      console.log(`${n} | ${s.toFixed(0)} | ${(n / s).toFixed(1)} | ${mb(m.rss)} | ${mb(m.heapUsed)} | ${errors}`);
    }
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  const after = rss.slice(1);
  const growth = after.length > 1 ? after.at(-1)! - after[0]! : 0;
  console.log(`peak RSS ${mb(peak)} MB (target < 500); RSS from page ${every * 2} to the end: ${growth >= 0 ? '+' : ''}${mb(growth)} MB (target: flat)`);
}

await main();
