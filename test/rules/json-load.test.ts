// Rules as JSON data (RegExp strings, no hooks, no unknown fields) and loadRulesFile for .json and ES modules.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rulesFromJson } from '../../src/rules/json.js';
import { loadRulesFile } from '../../src/rules/load.js';
import { clean } from '../../src/index.js';
import { UnchromeError } from '../../src/errors.js';

const JSON_RULE = {
  name: 'json-news',
  match: { hosts: ['*.example.com'], urls: ['https://*/news/*', '/\\/\\d{4}\\//'], signature: { text: '/Example News/i' } },
  html: { body: 'article', remove: ['.share'] },
  text: { cutAfter: ['/^Related$/'], dropLines: ['/^Share$/i'], paywall: ['/^Subscribe/'] },
};

describe('rulesFromJson', () => {
  it('turns "/pattern/flags" strings into RegExps, keeps other url strings as globs', () => {
    const [r] = rulesFromJson(JSON.stringify(JSON_RULE));
    expect(r!.text!.cutAfter![0]).toEqual(/^Related$/);
    expect(r!.text!.dropLines![0]!.flags).toBe('i');
    expect(r!.match.signature!.text).toEqual(/Example News/i);
    expect(r!.match.urls![0]).toBe('https://*/news/*');
    expect(r!.match.urls![1]).toEqual(/\/\d{4}\//);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('accepts one rule or an array, as text or parsed', () => {
    expect(rulesFromJson([JSON_RULE, { ...JSON_RULE, name: 'two' }]).map((r) => r.name)).toEqual(['json-news', 'two']);
    expect(rulesFromJson(JSON_RULE)).toHaveLength(1);
  });

  it.each([
    ['a hook', { ...JSON_RULE, after: 'function (r) { return r }' }, /hooks cannot be given in JSON/],
    ['a before hook even as null', { ...JSON_RULE, before: null }, /hooks cannot be given in JSON/],
    ['an unknown field', { ...JSON_RULE, extra: 1 }, /extra: unknown field/],
    ['a plain string where a RegExp is due', { ...JSON_RULE, text: { cutAfter: ['Related'] } }, /text\.cutAfter\[0\]: "Related" is not a RegExp/],
    ['an invalid pattern', { ...JSON_RULE, text: { cutAfter: ['/(/'] } }, /text\.cutAfter\[0\]: invalid pattern/],
    ['a number where a RegExp is due', { ...JSON_RULE, match: { signature: { text: 5 } } }, /match\.signature\.text: must be a RegExp/],
    ['a bad selector', { ...JSON_RULE, html: { body: 'a[' } }, /html\.body: invalid CSS selector/],
    ['a bad section selector', { ...JSON_RULE, html: { sections: ['main', 'a['] } }, /html\.sections\[1\]: invalid CSS selector/],
  ])('rejects %s', (_l, input, message) => {
    expect(() => rulesFromJson(input)).toThrow(message);
    try { rulesFromJson(input); } catch (e) { expect((e as UnchromeError).code).toBe('RULE_ERROR'); }
  });

  it('says which entry of an array is wrong, and rejects invalid JSON', () => {
    expect(() => rulesFromJson([JSON_RULE, { name: 'x' }])).toThrow(/^entry 1: rule "x": match: is required/);
    expect(() => rulesFromJson('{ "name": ')).toThrow(/invalid JSON/);
  });

  it('a JSON rule works end to end', () => {
    const rules = rulesFromJson({ name: 'j', match: { format: 'text', signature: { text: '/^Example News$/m' } }, text: { cutAfter: ['/^Related$/'] } });
    const dump = 'Example News\nA long opening paragraph of the story with plenty of words in it to count as prose.\nAnother paragraph with more words so that the page has a body.\nRelated\nSome other story that should not be there';
    const r = clean(dump, { format: 'text', rules, builtinRules: false });
    expect(r.body).not.toContain('Some other story');
    expect(r.rules).toContain('j');
  });
});

describe('loadRulesFile', () => {
  let dir = '';
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'unchrome-rules-')); });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });
  const write = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };

  it('loads a JSON file (with a BOM)', async () => {
    const rules = await loadRulesFile(write('r.json', '\uFEFF' + JSON.stringify([JSON_RULE])));
    expect(rules.map((r) => r.name)).toEqual(['json-news']);
  });

  it('loads an ES module: default export, one rule or an array, hooks allowed', async () => {
    const one = await loadRulesFile(write('one.mjs', `export default { name: 'm1', match: { hosts: ['a.com'] }, after: (r) => r };`));
    expect(one[0]!.name).toBe('m1');
    expect(typeof one[0]!.after).toBe('function');
    const many = await loadRulesFile(write('many.mjs', `export default [{ name: 'm2', match: { format: 'text' }, text: { dropLines: [/^x$/] } }, { name: 'm3', match: { hosts: ['b.com'] }, html: { body: 'main' } }];`));
    expect(many.map((r) => r.name)).toEqual(['m2', 'm3']);
  });

  it('names the file and the entry when a rule is invalid', async () => {
    const p = write('bad.mjs', `export default [{ name: 'ok', match: { hosts: ['a.com'] }, html: { body: 'main' } }, { name: 'broken', match: { hosts: ['a.com'] }, html: { body: 'div[' } }];`);
    await expect(loadRulesFile(p)).rejects.toThrow(/rules file .*bad\.mjs: entry 1: rule "broken": html\.body: invalid CSS selector/);
  });

  it('refuses hooks in JSON, a module without default export, unknown extensions and missing files', async () => {
    await expect(loadRulesFile(write('hook.json', JSON.stringify({ ...JSON_RULE, before: 'x' })))).rejects.toThrow(/hooks cannot be given in JSON/);
    await expect(loadRulesFile(write('nodefault.mjs', 'export const x = 1;'))).rejects.toThrow(/no default export/);
    await expect(loadRulesFile(write('r.yaml', 'name: x'))).rejects.toThrow(/unknown kind of file/);
    await expect(loadRulesFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read it/);
    await expect(loadRulesFile(join(dir, 'missing.mjs'))).rejects.toThrow(/cannot import it/);
    await expect(loadRulesFile(write('syntax.mjs', 'export default {'))).rejects.toBeInstanceOf(UnchromeError);
  });
});
