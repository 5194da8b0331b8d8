/** `unchrome batch`: a list of files, JSON Lines or a WARC in; one JSON file per page or JSON Lines out. */
import { mkdirSync } from 'node:fs';
import type { CleanOptions } from '../types.js';
import type { Task, OutputMode } from '../batch/task.js';
import { createExecutor, defaultWorkers, splitOptions } from '../batch/index.js';
import { schedule } from '../batch/schedule.js';
import { pageId } from '../batch/ids.js';
import { readLines } from '../batch/streams.js';
import { warcPages, type WarcCounts } from '../batch/warc.js';
import { createProgress } from './progress.js';
import { openSink } from './sink.js';

export interface BatchCliOptions {
  list?: string;
  jsonl?: string;
  warc?: string;
  outDir?: string;
  out?: string;
  workers?: number;
  workerHeapMb?: number;
  ordered?: boolean;
  quiet?: boolean;
  rules?: string;
  clean: CleanOptions;
}

/** A short list does not pay for starting more threads than this many pages each. */
const PAGES_PER_WORKER = 25;

async function* listTasks(list: string, output: OutputMode): AsyncGenerator<Task> {
  let index = 0;
  for await (const raw of readLines(list)) {
    const [p, u] = raw.split('\t');
    const path = (p ?? '').trim();
    if (!path) continue;
    const url = u?.trim() || undefined;
    yield { index: index++, id: pageId(path), source: { kind: 'path', path, url }, output };
  }
}

async function* jsonlTasks(file: string, output: OutputMode): AsyncGenerator<Task> {
  let index = 0;
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    yield { index: index++, id: String(lineNo), source: { kind: 'jsonl', line }, output };
  }
}

async function* warcTasks(file: string, maxBytes: number, output: OutputMode, counts: WarcCounts): AsyncGenerator<Task> {
  let index = 0;
  for await (const p of warcPages(file, maxBytes, counts)) {
    const source: Task['source'] = 'tooLarge' in p
      ? { kind: 'fail', url: p.url, error: { code: 'TOO_LARGE', message: `WARC record of ${p.tooLarge} bytes is over maxBytes=${maxBytes}` } }
      : { kind: 'page', body: p.body, url: p.url, headers: p.headers };
    yield { index: index++, id: p.id, source, output };
  }
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of readLines(file)) if (line.trim()) n++;
  return n;
}

/** Runs a batch; returns the process exit code. */
export async function runBatch(o: BatchCliOptions): Promise<number> {
  const sources = [o.list, o.jsonl, o.warc].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    process.stderr.write('unchrome batch: give exactly one of --list FILE, --jsonl FILE|-, --warc FILE\n');
    return 2;
  }
  if (o.list && !o.outDir && !o.out) {
    process.stderr.write('unchrome batch: --list needs --out-dir DIR (or --out FILE|- for JSON Lines)\n');
    return 2;
  }
  const { clean, rules } = splitOptions({ ...o.clean });
  const maxBytes = clean.maxBytes ?? 20 * 1024 * 1024;
  if (o.outDir) mkdirSync(o.outDir, { recursive: true });
  const output: OutputMode = o.outDir ? { kind: 'dir', dir: o.outDir } : { kind: 'json' };
  const sink = o.outDir ? null : openSink(o.out);
  const counts: WarcCounts = { records: 0, skipped: 0 };
  const tasks = o.list ? listTasks(o.list, output) : o.jsonl ? jsonlTasks(o.jsonl, output) : warcTasks(o.warc!, maxBytes, output, counts);
  const total = o.list && o.list !== '-' ? await countLines(o.list) : undefined;
  // by default, no more threads than a short list can use: each one loads its own language models
  const workers = o.workers ?? (total !== undefined ? Math.min(defaultWorkers(), Math.ceil(total / PAGES_PER_WORKER) || 1) : defaultWorkers());

  const exec = await createExecutor({ options: clean, rules, rulesFile: o.rules }, workers, clean.timeoutMs, o.workerHeapMb);
  const progress = createProgress({ quiet: !!o.quiet, total });
  const t0 = performance.now();
  let n = 0;
  let errors = 0;
  try {
    const concurrency = Math.max(1, workers);
    for await (const r of schedule(tasks, exec, { concurrency, maxInFlight: concurrency * 4, ordered: !!o.ordered })) {
      n++;
      if (r.error) errors++;
      if (sink && r.json !== undefined) await sink.write(r.json);
      progress.tick(errors);
    }
  } finally {
    progress.stop();
    await exec.close();
    await sink?.close();
  }
  const s = (performance.now() - t0) / 1000;
  const summary = `${n} pages, ${errors} errors, ${s.toFixed(1)} s, ${(n / Math.max(s, 1e-3)).toFixed(1)} pages/s\n`;
  if (o.warc && !o.quiet) process.stderr.write(`unchrome: ${counts.records} WARC records, ${counts.skipped} skipped (not a 2xx HTML/text response record)\n`);
  (sink?.toStdout ? process.stderr : process.stdout).write(summary);
  return 0;
}
