/** The per-page context that flows through the stages: options, URL, rules, the removed log, the clock. */
import type { CleanOptions } from '../types.js';
import { UnchromeError } from '../errors.js';
import { RemovedLog } from './removed.js';
import type { CompiledRule } from '../rules/compile.js';

export interface ResolvedOptions extends Required<Omit<CleanOptions, 'url' | 'rules' | 'referenceDate' | 'defaultEncoding'>> {
  url?: string;
  referenceDate?: string;
  defaultEncoding?: string;
}

export const DEFAULTS = {
  format: 'auto',
  builtinRules: true,
  dom: 'light',
  readability: 'auto',
  captions: 'auto',
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRemoved: 200,
  updatedDates: true,
} as const;

export interface PageContext {
  url: string | null;
  /** HTTP headers, names lowercased. */
  headers: Record<string, string>;
  options: ResolvedOptions;
  removed: RemovedLog;
  warnings: string[];
  /** Rules that matched this page, user rules first. */
  rules: CompiledRule[];
  /** Names of the rules that did something. */
  applied: Set<string>;
  startedAt: number;
  /** Throws `TIMEOUT` when the page's time budget is spent; call between stages. */
  checkTime(stage: string): void;
}

export function createContext(options: ResolvedOptions, url: string | null, headers: Record<string, string>): PageContext {
  const startedAt = performance.now();
  return {
    url,
    headers,
    options,
    removed: new RemovedLog(options.maxRemoved),
    warnings: [],
    rules: [],
    applied: new Set(),
    startedAt,
    checkTime(stage: string) {
      const spent = performance.now() - startedAt;
      if (spent > options.timeoutMs) {
        throw new UnchromeError('TIMEOUT', `page took over ${options.timeoutMs} ms (at stage "${stage}", ${Math.round(spent)} ms)`);
      }
    },
  };
}
