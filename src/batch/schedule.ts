/**
 * The bounded scheduler: pulls tasks from a (possibly async) source only while fewer than `concurrency`
 * run and fewer than `maxInFlight` are started-but-not-taken, so memory stays flat however long the input.
 */
import type { Task, TaskReply } from './task.js';
import type { Executor } from './executor.js';

export interface ScheduleOptions {
  concurrency: number;
  maxInFlight: number;
  /** Yield in task index order (indices must run 0, 1, 2 ...). */
  ordered: boolean;
  signal?: AbortSignal;
}

type AnyIterator<T> = Iterator<T> | AsyncIterator<T>;

function iteratorOf<T>(src: Iterable<T> | AsyncIterable<T>): AnyIterator<T> {
  return Symbol.asyncIterator in src ? (src as AsyncIterable<T>)[Symbol.asyncIterator]() : (src as Iterable<T>)[Symbol.iterator]();
}

export async function* schedule(source: Iterable<Task> | AsyncIterable<Task>, exec: Executor, o: ScheduleOptions): AsyncGenerator<TaskReply> {
  const it = iteratorOf(source);
  const concurrency = Math.max(1, o.concurrency);
  const maxInFlight = Math.max(concurrency, o.maxInFlight);
  const ready: TaskReply[] = [];
  const held = new Map<number, TaskReply>();
  let next = 0;
  let running = 0;
  let exhausted = false;
  let filling = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => { const w = wake; wake = null; w?.(); };
  const pending = (): number => ready.length + held.size;

  const fill = async (): Promise<void> => {
    if (filling) return;
    filling = true;
    try {
      while (!exhausted && !failure && running < concurrency && running + pending() < maxInFlight) {
        if (o.signal?.aborted) { exhausted = true; break; }
        const r = await it.next();
        if (r.done) { exhausted = true; break; }
        running++;
        void exec.run(r.value).then((rep) => {
          running--;
          if (o.ordered) held.set(rep.index, rep); else ready.push(rep);
          notify();
        });
      }
    } catch (e) {
      failure = { error: e };
    } finally {
      filling = false;
      notify();
    }
  };

  try {
    for (;;) {
      void fill();
      if (o.ordered) {
        for (let r = held.get(next); r; r = held.get(next)) { held.delete(next); ready.push(r); next++; }
      }
      while (ready.length) {
        yield ready.shift()!;
        void fill();
      }
      if (running === 0 && !filling && pending() === 0 && (exhausted || failure)) break;
      if (o.ordered && running === 0 && !filling && (exhausted || failure) && held.size) {
        // a gap in the indices: give what is left in index order rather than wait forever
        next = Math.min(...held.keys());
        continue;
      }
      await new Promise<void>((r) => { wake = r; });
    }
  } finally {
    if (!exhausted && it.return) await it.return();
  }
  if (failure) throw (failure as { error: unknown }).error;
}
