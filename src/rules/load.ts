/**
 * Node-only: loads site rules from a file the user names (the CLI's `--rules`). A `.json` file is data;
 * a `.js`/`.mjs`/`.cjs` module is imported — it runs, so only ever load a module the user passed explicitly.
 */
import { readFile } from 'node:fs/promises';
import { resolve, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from './types.js';
import { UnchromeError } from '../errors.js';
import { defineRule } from './define.js';
import { rulesFromJson, atEntry } from './json.js';

const MODULE_EXTS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

function fail(path: string, msg: string, cause?: unknown): never {
  throw new UnchromeError('RULE_ERROR', `rules file ${path}: ${msg}`, cause === undefined ? undefined : { cause });
}

function within(path: string, e: unknown): never {
  if (e instanceof UnchromeError) fail(path, e.message, e.cause);
  throw e;
}

/**
 * Loads the rules of one file: a JSON file (one rule or an array; RegExps as "/pattern/flags"; no hooks)
 * or an ES module whose default export is one rule or an array of rules (`.ts` needs a runtime that
 * imports TypeScript, such as tsx). Every rule is checked with `defineRule`.
 * @throws {UnchromeError} `RULE_ERROR` naming the file (and the entry) for a missing file, bad JSON, or an invalid rule.
 */
export async function loadRulesFile(path: string): Promise<Rule[]> {
  if (typeof path !== 'string' || !path.trim()) throw new UnchromeError('RULE_ERROR', 'rules file: give a path');
  const abs = resolve(path);
  const ext = extname(abs).toLowerCase();
  if (ext === '.json') {
    let text: string;
    try { text = await readFile(abs, 'utf8'); } catch (e) { fail(path, `cannot read it: ${(e as Error).message}`, e); }
    try { return rulesFromJson(text.replace(/^\uFEFF/, '')); } catch (e) { within(path, e); }
  }
  if (!MODULE_EXTS.has(ext)) fail(path, `unknown kind of file "${ext || '(no extension)'}": use .json, or a .js/.mjs module`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
  } catch (e) {
    fail(path, `cannot import it: ${(e as Error).message}`, e);
  }
  // The default export; a named `rules` export is accepted too.
  const exported = mod.default ?? mod.rules;
  if (exported === undefined || exported === null) fail(path, 'the module has no default export: `export default defineRule({...})` or an array of rules');
  const list = Array.isArray(exported) ? exported : [exported];
  if (!list.length) fail(path, 'the default export is an empty array');
  return list.map((r, i) => {
    try { return defineRule(r as Rule); } catch (e) { return within(path, Array.isArray(exported) ? atEntry(e, i) : e); }
  });
}
