/**
 * One batch task, run in a worker thread or in the calling thread: read the page (file, record or JSON
 * line), clean it, and hand back the result as an object, as a JSON line, or written to its own file.
 */
import { writeFileSync } from 'node:fs';
import { createCleaner } from '../clean.js';
import { UnchromeError } from '../errors.js';
import type { CleanInput, CleanOptions, CleanResult } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { BatchError } from './types.js';
import { readPageBytes } from './read.js';
import { outputPath, toBatchError } from './failure.js';

export type TaskSource =
  | { kind: 'path'; path: string; url?: string }
  | { kind: 'page'; body: string | Uint8Array; url?: string; headers?: Record<string, string>; format?: CleanOptions['format'] }
  | { kind: 'jsonl'; line: string }
  /** A page already known to fail (e.g. a WARC record over the size limit): gives its error record. */
  | { kind: 'fail'; url?: string; error: BatchError };

/** `object`: the result itself; `json`: one JSON line (id first); `dir`: written to `<dir>/<id>.json`, nothing sent back. */
export type OutputMode = { kind: 'object' } | { kind: 'json' } | { kind: 'dir'; dir: string };

export interface Task {
  index: number;
  id: string;
  source: TaskSource;
  output: OutputMode;
  /** Set to 1 by the worker when it starts the task (the hard time limit counts from then). */
  started?: Int32Array;
}

export interface TaskReply {
  index: number;
  id: string;
  url: string | null;
  ms: number;
  result?: CleanResult;
  /** The result as JSON text (how worker threads send it back). */
  resultJson?: string;
  json?: string;
  error?: BatchError;
}

/** Options every task of a batch shares (sent once to each worker). */
export interface RunnerConfig {
  options: Omit<CleanOptions, 'rules'>;
  rules: Rule[];
}

export type TaskRunner = (task: Task) => TaskReply;

interface JsonRecord { id?: unknown; url?: unknown; html?: unknown; text?: unknown; body?: unknown; headers?: unknown }

function fromJsonLine(line: string, maxBytes: number): { id?: string; url?: string; input: CleanInput; format?: CleanOptions['format'] } {
  if (line.length > maxBytes * 2 + 65536) throw new UnchromeError('TOO_LARGE', `JSON line of ${line.length} characters is over maxBytes=${maxBytes}`);
  const rec = JSON.parse(line) as JsonRecord;
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) throw new UnchromeError('BAD_INPUT', 'a JSON line must be an object with "html" or "text"');
  const url = typeof rec.url === 'string' ? rec.url : undefined;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : undefined;
  const headers = rec.headers && typeof rec.headers === 'object' ? (rec.headers as Record<string, string>) : undefined;
  let body: unknown;
  let format: CleanOptions['format'];
  if (typeof rec.html === 'string') { body = rec.html; format = 'html'; }
  else if (typeof rec.text === 'string') { body = rec.text; format = 'text'; }
  else if (typeof rec.body === 'string') body = rec.body;
  else throw new UnchromeError('BAD_INPUT', 'a JSON line needs a string "html" or "text" field');
  return { id, url, input: { body: body as string, url, headers }, format };
}

/** Builds the function that runs tasks; the cleaner (and its compiled rules) is made once. */
export function createTaskRunner(cfg: RunnerConfig): TaskRunner {
  const cleaner = createCleaner({ ...cfg.options, rules: cfg.rules });
  const maxBytes = cfg.options.maxBytes ?? 20 * 1024 * 1024;
  return (task: Task): TaskReply => {
    if (task.started) Atomics.store(task.started, 0, 1);
    const t0 = performance.now();
    let id = task.id;
    let url: string | null = null;
    let result: CleanResult | undefined;
    let error: BatchError | undefined;
    try {
      const src = task.source;
      if (src.kind === 'path') {
        url = src.url ?? null;
        result = cleaner.clean(readPageBytes(src.path, maxBytes), src.url ? { url: src.url } : undefined);
      } else if (src.kind === 'page') {
        url = src.url ?? null;
        const per: CleanOptions = {};
        if (src.format) per.format = src.format;
        result = cleaner.clean({ body: src.body, url: src.url, headers: src.headers }, per);
      } else if (src.kind === 'fail') {
        url = src.url ?? null;
        error = src.error;
      } else {
        const rec = fromJsonLine(src.line, maxBytes);
        if (rec.id) id = rec.id;
        else if (rec.url) id = rec.url;
        url = rec.url ?? null;
        result = cleaner.clean(rec.input, rec.format && cfg.options.format === undefined ? { format: rec.format } : undefined);
      }
    } catch (e) {
      error = toBatchError(e);
    }
    if (result) url = result.url ?? url;
    const reply: TaskReply = { index: task.index, id, url, ms: 0 };
    const out = task.output;
    try {
      if (out.kind === 'object') {
        if (result) reply.result = result; else reply.error = error;
      } else {
        const json = result ? JSON.stringify(out.kind === 'json' ? { id, ...result } : result) : JSON.stringify({ id, url, error });
        if (out.kind === 'json') reply.json = json;
        else writeFileSync(outputPath(out.dir, id), json);
        if (!result) reply.error = error;
      }
    } catch (e) {
      reply.error = toBatchError(e); // e.g. the output folder is not writable
      reply.json = JSON.stringify({ id, url, error: reply.error });
    }
    reply.ms = performance.now() - t0;
    return reply;
  };
}
