/** Test helpers: builds the CLI once per test file with the project's tsup config (into a private folder), runs it. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Options } from 'tsup';
import configs from '../../tsup.config.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = join(ROOT, 'fixtures/seeds');
export const BENCH = resolve(ROOT, '../shared/bench');

/**
 * Builds dist/cli.js + dist/worker.js as `npx tsup` does, but into node_modules/.cache (other engineers
 * rebuild dist/ at any time); packages still resolve from the repo's node_modules.
 */
export async function buildCli(name: string): Promise<string> {
  const outDir = join(ROOT, 'node_modules/.cache/unchrome-cli-test', name);
  rmSync(outDir, { recursive: true, force: true });
  const all = (Array.isArray(configs) ? configs : [configs]) as Options[];
  const cli = all.find((c) => c.entry && typeof c.entry === 'object' && 'cli' in c.entry);
  if (!cli) throw new Error('tsup.config.ts has no cli entry');
  await build({ ...cli, outDir, clean: false, silent: true, sourcemap: false, config: false } as Options);
  return join(outDir, 'cli.js');
}

export function tmpDir(): string {
  return mkdtempSync(join(ROOT, 'node_modules/.cache/unchrome-cli-test/tmp-'));
}

export function runCli(cli: string, args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000, maxBuffer: 64 << 20 });
}
