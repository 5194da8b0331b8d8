/** `cleanMany()`: cleans a stream of pages on a worker-thread pool and yields the results as they finish. */
import { availableParallelism } from 'node:os';
import { UnchromeError } from '../errors.js';
import { validateOptions } from '../pipeline/options.js';
import type { CleanOptions } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { BatchInput, BatchOptions, BatchOutcome } from './types.js';
import type { Task, OutputMode } from './task.js';
import { inProcessExecutor, poolExecutor, type Executor, type WorkerConfig } from './executor.js';
import { schedule } from './schedule.js';
import { pageId } from './ids.js';

export type { BatchInput, BatchOptions, BatchOutcome, BatchPage, BatchError } from './types.js';

const BATCH_KEYS = ['workers', 'rulesFile', 'ordered', 'maxInFlight', 'signal', 'workerHeapMb'] as const;

/** Old-generation heap limit of a worker thread (MB): a runaway page stops its worker, not the machine. */
export const DEFAULT_WORKER_HEAP_MB = 512;

/** Splits batch options into the clean options (validated) and the batch's own. */
export function splitOptions(options: BatchOptions): { clean: Omit<CleanOptions, 'rules'>; rules: Rule[] } {
  const clean: Record<string, unknown> = { ...options };
  for (const k of BATCH_KEYS) delete clean[k];
  delete clean.rules;
  for (const k of Object.keys(clean)) if (clean[k] === undefined) delete clean[k];
  validateOptions({ ...clean, rules: options.rules } as CleanOptions);
  return { clean: clean as Omit<CleanOptions, 'rules'>, rules: options.rules ?? [] };
}

/** Hard limit of a page in a worker: the soft budget, then some grace for the stage that was running. */
export function hardTimeout(timeoutMs = 10_000): number {
  return Math.round(timeoutMs * 1.5) + 1000;
}

/** Creates the executor for a batch: `workers: 0` runs in the calling thread. */
export async function createExecutor(cfg: WorkerConfig, workers: number, timeoutMs?: number, heapMb?: number): Promise<Executor> {
  if (workers === 0) return inProcessExecutor(cfg);
  if (cfg.rules.some((r) => typeof r.before === 'function' || typeof r.after === 'function')) {
    throw new UnchromeError('BAD_OPTION', 'rules with hooks cannot be sent to worker threads: use rulesFile, or workers: 0');
  }
  return poolExecutor(cfg, workers, hardTimeout(timeoutMs), heapMb ?? DEFAULT_WORKER_HEAP_MB);
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function toTask(input: BatchInput, index: number, output: OutputMode): Task {
  if (typeof input === 'string') return { index, id: pageId(input), source: { kind: 'path', path: input }, output };
  if (input === null || typeof input !== 'object') throw new UnchromeError('BAD_INPUT', `batch input #${index} must be a path or { path | body, url?, headers? }`);
  if (typeof input.path === 'string') {
    return { index, id: input.id ?? pageId(input.path), source: { kind: 'path', path: input.path, url: input.url }, output };
  }
  if (input.body === undefined) throw new UnchromeError('BAD_INPUT', `batch input #${index} needs a path or a body`);
  return {
    index, id: input.id ?? String(index), output,
    source: { kind: 'page', body: input.body, url: input.url, headers: input.headers, format: input.format },
  };
}

async function* tasksOf(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): AsyncGenerator<Task> {
  let i = 0;
  const output: OutputMode = { kind: 'object' };
  for await (const input of inputs) yield toTask(input, i++, output);
}

/**
 * Cleans many pages on a pool of worker threads; memory stays flat however many pages (at most
 * `maxInFlight` are held). A page that fails yields `{ error: { message, code } }` and the batch goes on.
 * @example
 * for await (const r of cleanMany(['a.html.gz', { body: html, url }], { workers: 2 })) {
 *   if (r.result) save(r.id, r.result.body); else console.error(r.id, r.error);
 * }
 */
export async function* cleanMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {},
): AsyncGenerator<BatchOutcome> {
  const { clean, rules } = splitOptions(options);
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new UnchromeError('BAD_OPTION', 'options.workers must be a whole number ≥ 0');
  if (options.workerHeapMb !== undefined && !(options.workerHeapMb >= 32)) throw new UnchromeError('BAD_OPTION', 'options.workerHeapMb must be a number ≥ 32');
  const exec = await createExecutor({ options: clean, rules, rulesFile: options.rulesFile }, workers, clean.timeoutMs, options.workerHeapMb);
  try {
    const concurrency = Math.max(1, workers);
    const replies = schedule(tasksOf(inputs), exec, {
      concurrency, maxInFlight: options.maxInFlight ?? concurrency * 4, ordered: options.ordered ?? false, signal: options.signal,
    });
    for await (const r of replies) {
      const out: BatchOutcome = { index: r.index, id: r.id, url: r.url, ms: r.ms };
      if (r.result) out.result = r.result;
      else out.error = r.error ?? { message: 'no result', code: 'INTERNAL' };
      yield out;
    }
  } finally {
    await exec.close();
  }
}
