/** Registry of the site rules shipped with unchrome, one file per portal. */
import type { Rule } from '../types.js';

export const BUILTIN_RULES: Rule[] = [];
