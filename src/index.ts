/** unchrome — public API. This file only re-exports. */
export { clean, createCleaner, type Cleaner } from './clean.js';
export { UnchromeError, isUnchromeError, type UnchromeErrorCode } from './errors.js';
export type {
  CleanInput, CleanOptions, CleanResult, PageInput, Bytes, RemovedItem, Paywall, DateSource, DomBackendName,
} from './types.js';
export type { Rule, RuleMatch, HtmlRuleActions, TextRuleActions, RuleContext } from './rules/types.js';
export { defineRule } from './rules/define.js';
export { rulesFromJson } from './rules/json.js';
export { cleanMany, type BatchInput, type BatchOptions, type BatchOutcome, type BatchPage, type BatchError } from './batch/index.js';
