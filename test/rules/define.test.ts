// defineRule: every kind of mistake is a RULE_ERROR naming the rule and the field; a good rule comes back frozen.
import { describe, it, expect } from 'vitest';
import { defineRule } from '../../src/rules/define.js';
import type { Rule } from '../../src/rules/types.js';
import { UnchromeError } from '../../src/errors.js';

function errorOf(x: unknown): UnchromeError {
  try {
    defineRule(x as Rule);
  } catch (e) {
    expect(e).toBeInstanceOf(UnchromeError);
    return e as UnchromeError;
  }
  throw new Error('defineRule accepted an invalid rule');
}

const ok = { name: 'ok', match: { hosts: ['example.com'] }, html: { body: 'article' } };

describe('defineRule', () => {
  it('returns a frozen, normalized copy', () => {
    const r = defineRule({ name: 'n', match: { hosts: ['Example.COM'], urls: [/x/g] }, text: { dropLines: [/^Share$/gi] } });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.match)).toBe(true);
    expect(Object.isFrozen(r.match.hosts)).toBe(true);
    expect(Object.isFrozen(r.text!.dropLines)).toBe(true);
    expect(r.match.hosts).toEqual(['example.com']);
    // stateful flags are dropped: testing twice gives the same answer
    const re = r.text!.dropLines![0]!;
    expect(re.flags).toBe('i');
    expect([re.test('share'), re.test('share')]).toEqual([true, true]);
    expect(() => { (r as { name: string }).name = 'other'; }).toThrow(TypeError);
  });

  it('is idempotent on its own output', () => {
    const r = defineRule(ok);
    expect(defineRule(r)).toBe(r);
  });

  it.each([
    ['not an object', 'x', /must be an object/],
    ['missing name', { match: { hosts: ['a.com'] }, html: { body: 'p' } }, /name: is required/],
    ['empty name', { ...ok, name: '  ' }, /name: is required/],
    ['name with spaces around', { ...ok, name: ' x ' }, /surrounding spaces/],
    ['unknown top-level field', { ...ok, hostz: ['a.com'] }, /rule "ok": hostz: unknown field/],
    ['unknown match field', { ...ok, match: { host: ['a.com'] } }, /match\.host: unknown field/],
    ['unknown html field', { ...ok, html: { bodies: 'p' } }, /html\.bodies: unknown field/],
    ['unknown text field', { ...ok, text: { drop: [/x/] } }, /text\.drop: unknown field/],
    ['missing match', { name: 'm', html: { body: 'p' } }, /match: is required/],
    ['empty match', { name: 'm', match: {}, html: { body: 'p' } }, /give at least one of hosts/],
    ['hosts not an array', { ...ok, match: { hosts: 'a.com' } }, /match\.hosts: must be an array/],
    ['empty hosts', { ...ok, match: { hosts: [] } }, /match\.hosts: must not be empty/],
    ['URL as a host', { ...ok, match: { hosts: ['https://a.com/'] } }, /is not a host name/],
    ['bad host', { ...ok, match: { hosts: ['a b.com'] } }, /invalid host name/],
    ['bad format', { ...ok, match: { format: 'pdf' } }, /match\.format: must be "html" or "text"/],
    ['bad body selector', { ...ok, html: { body: 'div[' } }, /html\.body: invalid CSS selector "div\["/],
    ['bad remove selector', { ...ok, html: { remove: ['.a', 'p:nope(1)'] } }, /html\.remove\[1\]: invalid CSS selector/],
    ['bad signature selector', { ...ok, match: { signature: { selector: '>>' } } }, /match\.signature\.selector: invalid CSS selector/],
    ['empty signature', { ...ok, match: { signature: {} } }, /give a selector, a text pattern or both/],
    ['string instead of RegExp', { ...ok, text: { cutAfter: ['^Related$'] } }, /text\.cutAfter\[0\]: must be a RegExp, got the string/],
    ['pattern matching the empty string', { ...ok, text: { dropLines: [/x*/] } }, /matches the empty string/],
    ['signature text matching everything', { ...ok, match: { signature: { text: /(?:)/ } } }, /matches the empty string/],
    ['within without text', { ...ok, match: { hosts: ['a.com'], signature: { selector: 'p', within: 10 } } }, /only means something with/],
    ['bad within', { ...ok, match: { signature: { text: /x/, within: -1 } } }, /positive number/],
    ['hook not a function', { ...ok, after: 'return 1' }, /after: must be a function/],
    ['rule that does nothing', { name: 'idle', match: { hosts: ['a.com'] } }, /does nothing/],
    ['before hook on a text-only rule', { name: 'b', match: { format: 'text' }, before: () => undefined }, /runs on HTML only/],
  ])('rejects %s', (_label, input, message) => {
    const e = errorOf(input);
    expect(e.code).toBe('RULE_ERROR');
    expect(e.message).toMatch(message);
  });

  it('accepts every documented field', () => {
    const r = defineRule({
      name: 'full',
      match: { hosts: ['*.example.com', 'news*.example.org'], urls: ['https://*.example.com/news/*', /\/\d{4}\//], signature: { selector: 'article', text: /Example/, within: 1000 }, format: 'html' },
      html: { body: ['article .body', 'main'], remove: ['.share'], title: 'h1', date: 'time', author: '.byline' },
      text: { dropLines: [/^Share$/], cutAfter: [/^Related$/], cutBefore: [/^Story$/], paywall: [/^Subscribe/] },
      before: () => undefined,
      after: (r) => r,
    });
    expect(r.name).toBe('full');
    expect(r.match.urls).toHaveLength(2);
  });

  it('converts internationalized host names to the form URLs use', () => {
    const r = defineRule({ name: 'idn', match: { hosts: ['*.bücher.de'] }, html: { body: 'main' } });
    expect(r.match.hosts).toEqual(['*.xn--bcher-kva.de']);
  });
});
