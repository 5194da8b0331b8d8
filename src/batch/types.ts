/** Public shapes of batch cleaning: what `cleanMany()` takes and what it yields. */
import type { Bytes, CleanOptions, CleanResult } from '../types.js';
import type { Rule } from '../rules/types.js';

/** One page of a batch: a file to read (inside the worker), or the page itself. */
export interface BatchPage {
  /** Name of the page in the results; default: the file's basename without `.gz`/`.html`/`.htm`/`.txt`, else the index. */
  id?: string;
  /** A file to read; gzip is read transparently (by its magic bytes). */
  path?: string;
  /** The page itself, when there is no file. */
  body?: string | Bytes;
  url?: string;
  headers?: Record<string, string>;
  /** Per-page format (`text` for a text dump); default: the batch's `format` option. */
  format?: 'auto' | 'html' | 'text';
}

/** A page for `cleanMany()`: a `BatchPage`, or just a file path. */
export type BatchInput = BatchPage | string;

export interface BatchOptions extends Omit<CleanOptions, 'rules'> {
  /** Worker threads; default: the number of cores. `0` cleans in the calling thread (no hard time limit). */
  workers?: number;
  /**
   * Site rules. Rules cross to worker threads by structured clone, so hooks (functions) only work with
   * `workers: 0`; for hooks in workers, use `rulesFile`.
   */
  rules?: Rule[];
  /** A rules file each worker loads itself (see the rules docs). */
  rulesFile?: string;
  /** Yield results in input order (default false: as they finish; each carries its `index`). */
  ordered?: boolean;
  /** Pages in flight (queued, running, or finished but not yet taken); bounds memory. Default 4 × workers. */
  maxInFlight?: number;
  /**
   * Heap limit of each worker thread in MB (default 512). Lower means a lower peak RSS (V8 collects
   * sooner) but large pages fail with `OUT_OF_MEMORY` (a page needs roughly 20–25× its HTML size).
   */
  workerHeapMb?: number;
  /** Stops the batch early: no new pages are started. */
  signal?: AbortSignal;
}

/** Why a page failed: `code` is an `UnchromeErrorCode` or `READ_ERROR`, `BAD_JSON`, `WORKER_ERROR`, `INTERNAL`. */
export interface BatchError {
  message: string;
  code: string;
}

/** What `cleanMany()` yields for each page: a `result` or an `error`, never both. */
export interface BatchOutcome {
  /** Position of the page in the input (0-based). */
  index: number;
  id: string;
  url: string | null;
  /** Time spent on this page in its thread, ms (reading + cleaning). */
  ms: number;
  result?: CleanResult;
  error?: BatchError;
}
