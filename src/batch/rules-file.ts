/** Loads a rules file for the batch workers and the CLI `--rules` flag (the rules module's `loadRulesFile`). */
import { loadRulesFile } from '../rules/load.js';
import type { Rule } from '../rules/types.js';

export function loadRules(path: string): Promise<Rule[]> {
  return loadRulesFile(path);
}
