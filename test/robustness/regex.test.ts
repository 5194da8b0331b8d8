// Every RegExp exported by a vocabulary / pattern module (src/**/vocab/**, src/**/vocab.ts, src/**/patterns.ts,
// site rules) runs on long adversarial strings in a worker thread under a time bound: no catastrophic backtracking.
import { describe, it, expect } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Length of each adversarial string. Exponential backtracking explodes far below this; linear scans take microseconds. */
const N = 20_000;
/** Time bound for one RegExp over all its adversarial strings (generous: a loaded CI machine). */
const BOUND_MS = 3_000;
/** Short strings for the exponential check: backtracking that is exponential is already hopeless at this length. */
const SHORT_N = 2_000;

/**
 * Patterns that are super-linear (quadratic) on long input but only ever run on short strings: name → the guard
 * at the call site. They still must pass the exponential check on SHORT_N characters.
 */
const GUARDED: Record<string, string> = {
  'extract/text/patterns.ts.COUNTER_RE': 'line-stats.ts: `t.length <= 24 && COUNTER_RE.test(t)`',
  'meta/vocab/titles.ts.TITLE_SEPARATORS': 'title.ts: runs on `squash(title)`, whose whitespace runs are one space long',
};

function isDataModule(path: string): boolean {
  const rel = relative(SRC, path).replace(/\\/g, '/');
  return /(^|\/)vocab(\/|\.ts$)/.test(rel) || /(^|\/)patterns\.ts$/.test(rel) || /^rules\/sites\//.test(rel);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Found { name: string; source: string; flags: string }

/** RegExps reachable from a module's exports (through objects, arrays, Maps and Sets). */
function collect(value: unknown, name: string, out: Found[], seen: Set<unknown>, depth = 0): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return;
  seen.add(value);
  if (value instanceof RegExp) { out.push({ name, source: value.source, flags: value.flags }); return; }
  if (value instanceof Map) { for (const [k, v] of value) collect(v, `${name}[${String(k)}]`, out, seen, depth + 1); return; }
  if (value instanceof Set || Array.isArray(value)) { let i = 0; for (const v of value) collect(v, `${name}[${i++}]`, out, seen, depth + 1); return; }
  for (const [k, v] of Object.entries(value)) collect(v, `${name}.${k}`, out, seen, depth + 1);
}

/** Adversarial strings for one pattern: long runs of the characters and words its source mentions, then a mismatch. */
function adversarial(source: string, n = N): string[] {
  const generic = ['a', ' ', '1', 'a ', 'a1', '<', '<a ', '-', '.', '/', '\n', 'a.', '1 ', 'Aa', '\t ', '=', '"', "'", '&', '#', ':', '0-', 'x/', 'é'];
  const literals = new Set<string>();
  for (const m of source.replace(/\\[dDwWsSbBnrtfv]/g, ' ').matchAll(/\\?(.)/g)) literals.add(m[1]!);
  const words = [...new Set(source.match(/[A-Za-z\u00c0-\uffff]{3,}/g) ?? [])].slice(0, 12);
  const units = [...generic, ...[...literals].filter((c) => !/[()[\]{}|^$*+?]/.test(c)).slice(0, 30), ...words.map((w) => `${w} `), ...words.map((w) => `${w}${w}`)];
  const out: string[] = [];
  for (const u of units) {
    const body = u.repeat(Math.max(1, Math.floor(n / u.length)));
    out.push(`${body}\u0000!`, `!${body}`);
  }
  return out;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
for (const r of workerData) {
  const re = new RegExp(r.source, r.flags);
  const t = performance.now();
  for (const s of r.inputs) {
    re.lastIndex = 0;
    if (re.global || re.sticky) { let n = 0; while (re.exec(s) && n++ < 50000) { if (re.lastIndex === 0) break; } }
    else re.test(s);
  }
  parentPort.postMessage({ name: r.name, ms: performance.now() - t });
}
parentPort.postMessage({ done: true });
`;

function runAll(regexes: Array<Found & { inputs: string[] }>, bound = BOUND_MS): Promise<{ slow: string | null; times: Array<{ name: string; ms: number }> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: regexes });
    const times: Array<{ name: string; ms: number }> = [];
    let timer: NodeJS.Timeout;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const stuck = regexes[times.length]!;
        void worker.terminate();
        resolve({ slow: `${stuck.name} /${stuck.source}/${stuck.flags}`, times });
      }, bound);
    };
    arm();
    worker.on('message', (m: { done?: boolean; name: string; ms: number }) => {
      if (m.done) { clearTimeout(timer); void worker.terminate(); resolve({ slow: null, times }); return; }
      times.push(m);
      arm();
    });
    worker.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

describe('RegExps of vocabulary and pattern modules', () => {
  it('finds the modules and their patterns', async () => {
    const files = filesUnder(SRC).filter(isDataModule);
    expect(files.length).toBeGreaterThan(3);
  });

  it(`each runs on ${N}-character adversarial strings within ${BOUND_MS} ms`, async () => {
    const found: Found[] = [];
    for (const f of filesUnder(SRC).filter(isDataModule)) {
      const mod = (await import(pathToFileURL(f).href)) as Record<string, unknown>;
      collect(mod, relative(SRC, f), found, new Set());
    }
    const unique = [...new Map(found.map((r) => [`${r.source}/${r.flags}`, r])).values()];
    expect(unique.length).toBeGreaterThan(5);
    const { slow, times } = await runAll(unique.map((r) => ({ ...r, inputs: adversarial(r.source, GUARDED[r.name] ? SHORT_N : N) })));
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3).map((t) => `${t.name} ${t.ms.toFixed(0)} ms`);
    console.log(`${unique.length} RegExps checked; slowest: ${slowest.join(', ')}`);
    expect(slow, `catastrophic backtracking in ${slow}`).toBeNull();
  }, 120_000);

  it('the harness catches a catastrophic pattern (so a pass means something)', async () => {
    const evil = { name: 'evil', source: '^(a+)+$', flags: '' };
    const { slow } = await runAll([{ ...evil, inputs: adversarial(evil.source) }], 500);
    expect(slow).toContain('evil');
  }, 30_000);
});
