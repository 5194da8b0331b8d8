/** cleanMany() in the calling thread (workers: 0): files, bodies, errors as outcomes, option checks. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanMany, type BatchOutcome, type Rule } from '../../src/index.js';
import { clean } from '../../src/clean.js';

const SEEDS = resolve(import.meta.dirname, '../../fixtures/seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));

async function all(it: AsyncIterable<BatchOutcome>): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('cleanMany (in-process)', () => {
  it('gives the same result as clean() for each page, with ids, in order when asked', async () => {
    const out = await all(cleanMany([...seeds, { id: 'inline', body: readFileSync(seeds[0]!, 'utf8'), url: 'https://example.com/x' }], { workers: 0, ordered: true }));
    expect(out.map((o) => o.index)).toEqual(seeds.map((_, i) => i).concat(seeds.length));
    expect(out[0]!.id).toBe(seeds[0]!.replace(/^.*\//, '').replace('.txt', ''));
    expect(out[0]!.result!.body).toBe(clean(readFileSync(seeds[0]!)).body);
    expect(out.at(-1)!.id).toBe('inline');
    expect(out.at(-1)!.result!.url).toBe('https://example.com/x');
  });

  it('reports a failing page as an outcome with an error and goes on', async () => {
    const out = await all(cleanMany([{ body: '   ' }, '/nonexistent/page.html', seeds[0]!], { workers: 0, ordered: true }));
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['EMPTY_INPUT', 'READ_ERROR', 'ok']);
  });

  it('rejects bad options before starting', async () => {
    await expect(all(cleanMany(seeds, { workers: -1 }))).rejects.toThrow(/workers/);
    await expect(all(cleanMany(seeds, { workers: 0, dom: 'nope' as never }))).rejects.toThrow(/dom/);
    const hook: Rule = { name: 'h', match: { hosts: ['a.test'] }, after: (r) => r };
    await expect(all(cleanMany(seeds, { workers: 2, rules: [hook] }))).rejects.toThrow(/hooks/);
  });
});
