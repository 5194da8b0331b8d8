// Site-rule text actions on dumps: dropLines, cutAfter, cutBefore and paywall, reported in `rules` and `removed`.
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import type { Rule } from '../../../src/rules/types.js';

const PARA = (n: number): string => `Paragraph ${n} of the article explains, in full sentences and with enough words, what happened in the town council meeting on that day.`;
const DUMP = ['Portal Home', 'MENU LINE', PARA(1), 'Promo: win a car today', PARA(2), PARA(3), 'Club readers: the remaining text is kept for card holders.', 'Related stories', 'Some related headline one', 'Some related headline two'].join('\n');

function run(rule: Rule) {
  return clean(DUMP, { format: 'text', url: 'https://www.example.com/a/1', rules: [rule], builtinRules: false });
}

describe('site rule text actions', () => {
  it('dropLines removes matching lines and names the rule', () => {
    const r = run({ name: 'ex-drop', match: { hosts: ['example.com'] }, text: { dropLines: [/^Promo:/] } });
    expect(r.body).not.toContain('Promo:');
    expect(r.body).toContain('Paragraph 2');
    expect(r.rules).toContain('ex-drop');
    expect(r.removed.some((x) => x.reason === 'rule:ex-drop' && x.text.includes('Promo: win a car today'))).toBe(true);
  });
  it('cutAfter drops the matching line and everything after it', () => {
    const r = run({ name: 'ex-cut', match: { hosts: ['example.com'] }, text: { cutAfter: [/^Related stories$/] } });
    expect(r.body).not.toMatch(/related headline/);
    expect(r.removed.some((x) => x.reason === 'rule:ex-cut' && x.text.includes('Some related headline two'))).toBe(true);
    expect(r.rules).toEqual(['ex-cut']);
  });
  it('cutBefore drops what precedes the matching line, which stays', () => {
    const r = run({ name: 'ex-before', match: { hosts: ['example.com'] }, text: { cutBefore: [/^Paragraph 1 /] } });
    expect(r.removed.some((x) => x.reason === 'rule:ex-before' && x.text.includes('MENU LINE'))).toBe(true);
    expect(r.body.startsWith('Paragraph 1')).toBe(true);
  });
  it('paywall marks a stub: removed from the body and reported', () => {
    const r = run({ name: 'ex-pay', match: { hosts: ['example.com'] }, text: { paywall: [/^Club readers:/] } });
    expect(r.paywall).toEqual({ detected: true, text: 'Club readers: the remaining text is kept for card holders.' });
    expect(r.body).not.toContain('Club readers');
    expect(r.rules).toEqual(['ex-pay']);
  });
  it('a rule for another host does nothing', () => {
    const r = clean(DUMP, { format: 'text', url: 'https://other.org/x', rules: [{ name: 'ex-drop', match: { hosts: ['example.com'] }, text: { dropLines: [/^Promo:/] } }], builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(r.paywall.detected).toBe(false);
  });
});
