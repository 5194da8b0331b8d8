/** Registry of the site rules shipped with unchrome, one file per portal; generic rules last. */
import type { Rule } from '../types.js';
import { NETEASE_RULES } from './netease.js';
import { LEMERIDIEN_RULES } from './lemeridien.js';
import { AMAZON_RULES } from './amazon.js';
import { GENERIC_RULES } from './generic.js';

export const BUILTIN_RULES: readonly Rule[] = Object.freeze([...NETEASE_RULES, ...LEMERIDIEN_RULES, ...AMAZON_RULES, ...GENERIC_RULES]);
