/** Shared helpers for the benchmark scripts: where the sets are, reading pages, scoring with evaluate.py. */
import { readdirSync, readFileSync, existsSync, mkdtempSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.UNCHROME_SHARED ?? resolve(ROOT, '../shared');
export const BENCH = join(SHARED, 'bench');

export interface BenchPage {
  id: string;
  /** Path of the page file (.html.gz or .txt). */
  path: string;
  url: string | null;
  truth: Record<string, unknown>;
}

export function listPages(set: string): BenchPage[] {
  const dir = join(BENCH, set);
  if (!existsSync(dir)) return [];
  const out: BenchPage[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.*)\.(html\.gz|txt)$/.exec(f);
    if (!m) continue;
    const truthPath = join(dir, `${m[1]}.json`);
    const truth = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, unknown>) : {};
    out.push({ id: m[1]!, path: join(dir, f), url: typeof truth['url'] === 'string' ? truth['url'] : null, truth });
  }
  return out;
}

export function readPage(p: BenchPage): Buffer {
  const raw = readFileSync(p.path);
  return p.path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** Runs the reference evaluator (on the pages `ids` only, when given); returns its JSON figures. */
export function evaluate(set: string, predDir: string, perType = false, ids?: string[]): Record<string, unknown> {
  let truthDir = join(BENCH, set);
  let tmp: string | null = null;
  if (ids) {
    tmp = mkdtempSync(join(tmpdir(), `unchrome-${set}-`));
    for (const id of ids) symlinkSync(join(truthDir, `${id}.json`), join(tmp, `${id}.json`));
    truthDir = tmp;
  }
  const args = [join(BENCH, 'evaluate.py'), truthDir, predDir, '--json'];
  if (perType) args.push('--per-type');
  try {
    return JSON.parse(execFileSync('python3', args, { encoding: 'utf8' })) as Record<string, unknown>;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
