/** `defineRule()`: the public way to write a site rule — checked once, returned frozen. */
import type { Rule } from './types.js';
import { validateRule } from './validate.js';

/** Rules that came out of `defineRule` (already checked), and checked copies of plain objects given as options. */
const defined = new WeakSet<Rule>();
const checkedCopies = new WeakMap<object, Rule>();

/**
 * Checks a site rule and returns it normalized and frozen. Throws `UnchromeError('RULE_ERROR')` with
 * the rule's name and the faulty field for an unknown field, a missing name or match, a wrong type,
 * an invalid CSS selector or host name, or a pattern that matches the empty string.
 *
 * @example
 * const rule = defineRule({
 *   name: 'example-news',
 *   match: { hosts: ['*.example.com'] },
 *   html: { body: 'article .story', remove: ['.share-bar', '.related'] },
 *   text: { cutAfter: [/^Related articles$/] },
 * });
 * clean(html, { url, rules: [rule] });
 */
export function defineRule(rule: Rule): Rule {
  if (defined.has(rule)) return rule;
  const checked = validateRule(rule);
  defined.add(checked);
  return checked;
}

/** A checked rule for whatever the user passed in `options.rules` (a defined rule as is; a plain object checked once). */
export function asRule(x: Rule): Rule {
  if (defined.has(x)) return x;
  if (x !== null && typeof x === 'object') {
    const done = checkedCopies.get(x);
    if (done) return done;
  }
  const checked = defineRule(x);
  if (x !== null && typeof x === 'object') checkedCopies.set(x, checked);
  return checked;
}
