/** The bounded scheduler: never more than `concurrency` running or `maxInFlight` held; order when asked. */
import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/batch/schedule.js';
import type { Executor } from '../../src/batch/executor.js';
import type { Task, TaskReply } from '../../src/batch/task.js';

function tasks(n: number): Task[] {
  return Array.from({ length: n }, (_, i) => ({ index: i, id: String(i), source: { kind: 'jsonl', line: '' }, output: { kind: 'object' } }));
}

/** An executor whose task i takes `delay(i)` ms; records how many ran at once. */
function fakeExecutor(delay: (i: number) => number): Executor & { maxRunning: number } {
  let running = 0;
  const ex = {
    maxRunning: 0,
    run(t: Task): Promise<TaskReply> {
      running++;
      ex.maxRunning = Math.max(ex.maxRunning, running);
      return new Promise((res) => setTimeout(() => { running--; res({ index: t.index, id: t.id, url: null, ms: 0 }); }, delay(t.index)));
    },
    close: async () => {},
  };
  return ex;
}

describe('schedule', () => {
  it('runs at most `concurrency` tasks and pulls the source lazily (bounded memory)', async () => {
    const ex = fakeExecutor(() => 1);
    let pulled = 0;
    let maxAhead = 0;
    let taken = 0;
    function* source(): Generator<Task> { for (const t of tasks(200)) { pulled++; maxAhead = Math.max(maxAhead, pulled - taken); yield t; } }
    for await (const r of schedule(source(), ex, { concurrency: 3, maxInFlight: 6, ordered: false })) {
      expect(r.id).toBe(String(r.index));
      taken++;
      await new Promise((res) => setTimeout(res, 0)); // a slow consumer
    }
    expect(taken).toBe(200);
    expect(ex.maxRunning).toBe(3);
    expect(maxAhead).toBeLessThanOrEqual(7);
  });

  it('yields in input order with `ordered`, as they finish without it', async () => {
    const slowFirst = (i: number): number => (i === 0 ? 40 : 1);
    const ordered: number[] = [];
    for await (const r of schedule(tasks(10), fakeExecutor(slowFirst), { concurrency: 4, maxInFlight: 8, ordered: true })) ordered.push(r.index);
    expect(ordered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const unordered: number[] = [];
    for await (const r of schedule(tasks(10), fakeExecutor(slowFirst), { concurrency: 4, maxInFlight: 8, ordered: false })) unordered.push(r.index);
    expect([...unordered].sort((a, b) => a - b)).toEqual(ordered);
    expect(unordered[0]).not.toBe(0);
  });

  it('passes on a failure of the source after the pages already started', async () => {
    async function* source(): AsyncGenerator<Task> { yield tasks(1)[0]!; throw new Error('list unreadable'); }
    const got: number[] = [];
    await expect((async () => { for await (const r of schedule(source(), fakeExecutor(() => 1), { concurrency: 2, maxInFlight: 4, ordered: false })) got.push(r.index); })()).rejects.toThrow('list unreadable');
    expect(got).toEqual([0]);
  });

  it('stops pulling when the signal aborts', async () => {
    const ac = new AbortController();
    let n = 0;
    for await (const r of schedule(tasks(100), fakeExecutor(() => 1), { concurrency: 2, maxInFlight: 4, ordered: false, signal: ac.signal })) {
      void r;
      if (++n === 5) ac.abort();
    }
    expect(n).toBeLessThan(12);
  });
});
