/**
 * Loads a rules file for the batch workers and the CLI `--rules` flag.
 * TODO(lead): switch to `loadRulesFile` from src/rules/load.ts once it exists; until then this reads a
 * JS module (default export or `rules` export: an array of rules) or a JSON array of hook-free rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnchromeError } from '../errors.js';
import type { Rule } from '../rules/types.js';

export async function loadRules(path: string): Promise<Rule[]> {
  const abs = resolve(path);
  let rules: unknown;
  try {
    if (/\.json$/i.test(abs)) {
      rules = JSON.parse(readFileSync(abs, 'utf8'));
    } else {
      const mod = (await import(pathToFileURL(abs).href)) as { default?: unknown; rules?: unknown };
      rules = mod.rules ?? mod.default;
    }
  } catch (e) {
    throw new UnchromeError('RULE_ERROR', `cannot load rules file ${path}: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(rules)) throw new UnchromeError('RULE_ERROR', `rules file ${path} must give an array of rules`);
  return rules as Rule[];
}
