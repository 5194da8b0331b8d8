/**
 * Long fuzzing run: `npm run fuzz [-- --runs 100000 --seed 1]`. Random and mutated HTML, text dumps and bytes
 * through clean(); prints crashes (non-typed exceptions), body words not in the input, error codes, the slowest
 * case and heap growth. Exit code 1 when anything crashed or a body held invented words.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean, isUnchromeError, type CleanInput } from '../src/index.js';
import { htmlArb, dumpArb, mutatedArb, bytesArb, seedPages, inventedWords } from '../test/robustness/fuzz-inputs.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const RUNS = arg('runs', 100_000);
const SEED = arg('seed', Date.now() % 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;

const arb: fc.Arbitrary<{ kind: string; input: CleanInput; format?: 'html' | 'text' }> = fc.oneof(
  { weight: 4, arbitrary: htmlArb.map((input) => ({ kind: 'html', input })) },
  { weight: 2, arbitrary: dumpArb.map((input) => ({ kind: 'dump', input })) },
  { weight: 3, arbitrary: mutatedArb(seedPages()).map((input) => ({ kind: 'mutated', input })) },
  { weight: 2, arbitrary: bytesArb.map((input) => ({ kind: 'bytes', input })) },
  { weight: 1, arbitrary: htmlArb.map((input) => ({ kind: 'html-as-text', input, format: 'text' as const })) },
);

const codes = new Map<string, number>();
const crashes: Array<{ kind: string; error: string; input: string }> = [];
const invented: Array<{ kind: string; words: string[]; input: string }> = [];
let slowest = { ms: 0, kind: '', size: 0, input: '' };
let n = 0;
let inventedCount = 0;
const show = (x: CleanInput): string => (typeof x === 'string' ? x : Buffer.isBuffer(x) || x instanceof Uint8Array ? `bytes:${Buffer.from(x as Uint8Array).toString('base64')}` : JSON.stringify({ ...x, body: Buffer.isBuffer((x as { body: unknown }).body) ? `bytes:${((x as { body: Buffer }).body).toString('base64')}` : (x as { body: unknown }).body }));

gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
fc.assert(fc.property(arb, ({ kind, input, format }) => {
  n++;
  const t = performance.now();
  try {
    const r = clean(input, { url: 'https://fuzz.example/a/b.html', timeoutMs: 30_000, ...(format ? { format } : {}) });
    codes.set('ok', (codes.get('ok') ?? 0) + 1);
    if (typeof input === 'string') {
      const words = inventedWords(input, r.body);
      if (words.length) { inventedCount++; if (invented.length < 50) invented.push({ kind, words, input }); }
    }
  } catch (e) {
    if (isUnchromeError(e)) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
    else if (crashes.length < 50) crashes.push({ kind, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), input: show(input) });
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, kind, size: typeof input === 'string' ? input.length : -1, input: show(input).slice(0, 20_000) };
  if (n % 10_000 === 0) process.stderr.write(`${n} cases, ${(performance.now() - t0) / 1000 | 0} s\n`);
  return true;
}), { numRuns: RUNS, seed: SEED });
gc?.();
const heap1 = process.memoryUsage().heapUsed;

console.log(`unchrome fuzz: ${n} cases, seed ${SEED}, ${((performance.now() - t0) / 1000).toFixed(1)} s (${(n / ((performance.now() - t0) / 1000)).toFixed(0)} cases/s)`);
console.log(`outcomes: ${[...codes].map(([k, v]) => `${k}=${v}`).join(' ')}`);
console.log(`crashes (non-typed exceptions): ${crashes.length}`);
for (const c of crashes.slice(0, 10)) console.log(`  [${c.kind}] ${c.error}\n    input: ${JSON.stringify(c.input.slice(0, 300))}`);
console.log(`bodies with words not in the input: ${inventedCount}`);
for (const c of invented.slice(0, 10)) console.log(`  [${c.kind}] ${c.words.join(', ')}\n    input: ${JSON.stringify(c.input.slice(0, 300))}`);
console.log(`slowest case: ${slowest.ms.toFixed(0)} ms (${slowest.kind}, ${slowest.size} chars)`);
console.log(`heap growth: ${((heap1 - heap0) / 1e6).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for a clean figure)'}`);
if (crashes.length || invented.length) {
  const file = join(tmpdir(), `unchrome-fuzz-${SEED}.json`);
  writeFileSync(file, JSON.stringify({ seed: SEED, crashes, invented }, null, 1));
  console.log(`details written to ${file}`);
  process.exitCode = 1;
}
