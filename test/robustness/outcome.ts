// Test helper: runs clean() and reports 'ok' or the UnchromeError code; any other exception fails the test.
import { clean, isUnchromeError, type CleanInput, type CleanOptions, type CleanResult } from '../../src/index.js';

export type Outcome = { kind: 'ok'; result: CleanResult } | { kind: 'error'; code: string };

export function outcome(input: CleanInput, options?: CleanOptions): Outcome {
  try {
    return { kind: 'ok', result: clean(input, options) };
  } catch (e) {
    if (isUnchromeError(e)) return { kind: 'error', code: e.code };
    throw new Error(`clean() threw a non-typed error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

export function codeOf(input: CleanInput, options?: CleanOptions): string {
  const o = outcome(input, options);
  return o.kind === 'ok' ? 'ok' : o.code;
}
