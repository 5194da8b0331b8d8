/**
 * Where tasks run: a piscina worker-thread pool (a page over its hard time limit has its worker stopped
 * and gets a TIMEOUT error), or the calling thread (`workers: 0`: no thread start-up, soft time limit only).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { UnchromeError } from '../errors.js';
import type { RunnerConfig, Task, TaskReply } from './task.js';
import { outputPath, toBatchError } from './failure.js';
import { loadRules } from './rules-file.js';

export interface Executor {
  /** Never rejects: a failure comes back as a reply with an `error`. */
  run(task: Task): Promise<TaskReply>;
  close(): Promise<void>;
}

/** What each worker receives once. */
export interface WorkerConfig extends RunnerConfig {
  rulesFile?: string;
}

/**
 * dist/worker.js sits next to the bundle that runs this code (dist/index.js, dist/index.cjs, dist/cli.js);
 * from the sources (tests, benches run with tsx) the built one in dist/ is used.
 */
export function workerFile(): string {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/worker.js', import.meta.url)];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    if (existsSync(p)) return p;
  }
  throw new UnchromeError('BAD_OPTION', 'the worker file dist/worker.js is missing: build with `npx tsup`, or use workers: 0');
}

async function runnerConfig(cfg: WorkerConfig): Promise<RunnerConfig> {
  const fromFile = cfg.rulesFile ? await loadRules(cfg.rulesFile) : [];
  return { options: cfg.options, rules: [...cfg.rules, ...fromFile] };
}

export async function inProcessExecutor(cfg: WorkerConfig): Promise<Executor> {
  // loaded here only: with worker threads the main thread never loads the cleaner (start-up time, memory)
  const { createTaskRunner } = await import('./task.js');
  const runner = createTaskRunner(await runnerConfig(cfg));
  return {
    // setImmediate lets output streams drain between pages
    run: (task) => new Promise((res) => setImmediate(() => res(runner(task)))),
    close: async () => {},
  };
}

export function poolExecutor(cfg: WorkerConfig, workers: number, hardTimeoutMs: number, heapMb?: number): Executor {
  const pool = new Piscina({
    // a smaller old generation makes V8 collect sooner (lower peak RSS); a page that needs more than
    // this stops its worker and gets an OUT_OF_MEMORY record
    resourceLimits: heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined,
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 30_000,
    concurrentTasksPerWorker: 1,
    workerData: cfg,
  });
  return {
    async run(task: Task): Promise<TaskReply> {
      const ac = new AbortController();
      const t0 = performance.now();
      // the limit counts from when a worker starts the task, not from when it was queued (a worker that
      // replaces a stopped one needs time to load): the worker flags the start in shared memory
      const started = new Int32Array(new SharedArrayBuffer(4));
      let seenAt = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        if (!seenAt && Atomics.load(started, 0)) seenAt = now;
        if (seenAt && now - seenAt >= hardTimeoutMs) ac.abort();
      }, Math.max(20, Math.round(hardTimeoutMs / 8)));
      try {
        const reply = (await pool.run({ ...task, started }, { signal: ac.signal })) as TaskReply;
        if (reply.resultJson !== undefined) {
          reply.result = JSON.parse(reply.resultJson) as TaskReply['result'];
          delete reply.resultJson;
        }
        return reply;
      } catch (e) {
        const error = ac.signal.aborted
          ? { code: 'TIMEOUT', message: `page took over ${hardTimeoutMs} ms: its worker was stopped` }
          : (e as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { code: 'OUT_OF_MEMORY', message: 'the page needed more memory than the worker heap limit: its worker was stopped' }
            : { ...toBatchError(e), code: e instanceof UnchromeError ? e.code : 'WORKER_ERROR' };
        const src = task.source;
        const url = 'url' in src && src.url ? src.url : null;
        const reply: TaskReply = { index: task.index, id: task.id, url, ms: performance.now() - t0, error };
        if (task.output.kind !== 'object') reply.json = JSON.stringify({ id: task.id, url, error });
        if (task.output.kind === 'dir') {
          try { writeFileSync(outputPath(task.output.dir, task.id), reply.json!); } catch { /* reported through the reply */ }
        }
        return reply;
      } finally {
        clearInterval(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
