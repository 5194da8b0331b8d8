// Rule matching: hosts, wildcards, URL globs and RegExps, signatures, format, all-parts-must-hold, precedence in a RuleSet.
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../src/dom/index.js';
import { defineRule } from '../../src/rules/define.js';
import { compileRule, ruleApplies, hostPattern, urlGlob, type MatchTarget } from '../../src/rules/compile.js';
import { RuleSet } from '../../src/rules/index.js';
import type { RuleMatch } from '../../src/rules/types.js';
import { UnchromeError } from '../../src/errors.js';

const page = (url: string | null, text = '<p>x</p>', format: 'html' | 'text' = 'html'): MatchTarget => ({
  url, format, text, doc: format === 'html' ? parseHtml(text) : null,
});

function applies(match: RuleMatch, target: MatchTarget): boolean {
  return ruleApplies(compileRule(defineRule({ name: 't', match, html: { body: 'main' } }), 'user'), target);
}

describe('hosts', () => {
  it('a plain host matches itself and www., not other subdomains or look-alikes', () => {
    const re = hostPattern('example.com');
    expect(['example.com', 'www.example.com'].map((h) => re.test(h))).toEqual([true, true]);
    expect(['news.example.com', 'badexample.com', 'example.com.evil.net', 'example.co'].map((h) => re.test(h))).toEqual([false, false, false, false]);
  });

  it('*.host matches the bare domain and any depth of subdomain', () => {
    const re = hostPattern('*.163.com');
    expect(['163.com', 'www.163.com', 'a.b.163.com'].every((h) => re.test(h))).toBe(true);
    expect(re.test('x163.com')).toBe(false);
  });

  it('a * inside a label stays within it', () => {
    const re = hostPattern('news*.example.com');
    expect(re.test('news2.example.com')).toBe(true);
    expect(re.test('news.a.example.com')).toBe(false);
  });

  it('compares with the URL host case-insensitively, ignoring port, path and a trailing dot', () => {
    expect(applies({ hosts: ['example.com'] }, page('HTTPS://WWW.Example.COM:8080/a?b#c'))).toBe(true);
    expect(applies({ hosts: ['example.com'] }, page('https://example.com./x'))).toBe(true);
    expect(applies({ hosts: ['example.com'] }, page('https://other.org/example.com'))).toBe(false);
  });

  it('never holds without a URL, or with one that does not parse', () => {
    expect(applies({ hosts: ['example.com'] }, page(null))).toBe(false);
    expect(applies({ hosts: ['example.com'] }, page('not a url'))).toBe(false);
  });
});

describe('urls', () => {
  it('a glob covers the full URL, * any run, other characters literal, case-insensitive', () => {
    const re = urlGlob('https://*.example.com/news/*.html');
    expect(re.test('https://www.example.com/news/2024/a.html')).toBe(true);
    expect(re.test('HTTPS://WWW.EXAMPLE.COM/NEWS/A.HTML')).toBe(true);
    expect(re.test('https://www.example.com/news/a.htm')).toBe(false);
    expect(re.test('https://www.example.com/newsXa.html')).toBe(false);
    expect(urlGlob('https://a.com/?q=(1)').test('https://a.com/?q=(1)')).toBe(true);
  });

  it('one of several patterns is enough; a RegExp is tested on the full URL', () => {
    const m: RuleMatch = { urls: ['https://a.com/x/*', /\/article\/[A-Z0-9]{16}\.html$/] };
    expect(applies(m, page('https://www.163.com/dy/article/KJ1A2B3C0519DTSV.html'))).toBe(true);
    expect(applies(m, page('https://a.com/x/1'))).toBe(true);
    expect(applies(m, page('https://a.com/y/1'))).toBe(false);
    expect(applies(m, page(null))).toBe(false);
  });

  it('a RegExp given with the g flag gives the same answer every time', () => {
    const rule = compileRule(defineRule({ name: 'g', match: { urls: [/a\.com/g] }, html: { body: 'p' } }), 'user');
    const t = page('https://a.com/');
    expect([ruleApplies(rule, t), ruleApplies(rule, t), ruleApplies(rule, t)]).toEqual([true, true, true]);
  });
});

describe('signature', () => {
  it('a selector must find an element (HTML only)', () => {
    expect(applies({ signature: { selector: 'div.post_body' } }, page(null, '<div class="post_body">x</div>'))).toBe(true);
    expect(applies({ signature: { selector: 'div.post_body' } }, page(null, '<div class="body">x</div>'))).toBe(false);
    expect(applies({ signature: { selector: 'div' } }, page(null, 'div\nline', 'text'))).toBe(false);
  });

  it('a text pattern is tested on the page text, within the first 64 KB unless told otherwise', () => {
    const far = 'a\n'.repeat(40_000) + 'MARKER\n';
    expect(applies({ signature: { text: /^MARKER$/m } }, page(null, far, 'text'))).toBe(false);
    expect(applies({ signature: { text: /^MARKER$/m, within: Infinity } }, page(null, far, 'text'))).toBe(true);
    expect(applies({ signature: { text: /^a$/m, within: 2 } }, page(null, far, 'text'))).toBe(true);
    expect(applies({ signature: { text: /MARKER/ } }, page(null, 'MARKER\n', 'text'))).toBe(true);
  });

  it('selector and text must both hold when both are given', () => {
    const m: RuleMatch = { signature: { selector: '.post_body', text: /网易/ } };
    expect(applies(m, page(null, '<div class="post_body">网易</div>'))).toBe(true);
    expect(applies(m, page(null, '<div class="post_body">x</div>'))).toBe(false);
    expect(applies(m, page(null, '<div class="body">网易</div>'))).toBe(false);
  });
});

describe('every given part must hold', () => {
  const m: RuleMatch = { hosts: ['*.example.com'], urls: ['*/news/*'], signature: { selector: 'article' }, format: 'html' };
  const html = '<article>x</article>';
  it('holds when all hold', () => expect(applies(m, page('https://www.example.com/news/1', html))).toBe(true));
  it('fails on the host', () => expect(applies(m, page('https://www.example.org/news/1', html))).toBe(false));
  it('fails on the URL', () => expect(applies(m, page('https://www.example.com/sport/1', html))).toBe(false));
  it('fails on the signature', () => expect(applies(m, page('https://www.example.com/news/1', '<div>x</div>'))).toBe(false));
  it('fails on the format', () => expect(applies({ format: 'text' }, page(null, html))).toBe(false));
  it('format alone applies to every page of that format', () => expect(applies({ format: 'text' }, page(null, 'a\nb', 'text'))).toBe(true));
});

describe('RuleSet', () => {
  const user = defineRule({ name: 'mine', match: { hosts: ['example.com'] }, html: { body: 'main' } });

  it('puts user rules first, in the order given, then the built-in ones', () => {
    const other = defineRule({ name: 'mine-2', match: { format: 'html' }, html: { remove: ['.ad'] } });
    const names = new RuleSet([user, other], true).compiled.map((c) => `${c.origin}:${c.rule.name}`);
    expect(names.slice(0, 2)).toEqual(['user:mine', 'user:mine-2']);
    expect(names.slice(2).every((n) => n.startsWith('builtin:'))).toBe(true);
    expect(names).toContain('builtin:netease');
  });

  it('a user rule named like a built-in one replaces it', () => {
    const mine = defineRule({ name: 'netease', match: { hosts: ['163.com'] }, html: { body: '.mine' } });
    const set = new RuleSet([mine], true);
    const netease = set.compiled.filter((c) => c.rule.name === 'netease');
    expect(netease).toHaveLength(1);
    expect(netease[0]!.origin).toBe('user');
  });

  it('builtinRules false leaves only the user rules', () => {
    expect(new RuleSet([user], false).compiled.map((c) => c.rule.name)).toEqual(['mine']);
  });

  it('refuses two user rules with the same name', () => {
    expect(() => new RuleSet([user, defineRule({ ...user, html: { body: 'article' } })], true)).toThrowError(UnchromeError);
  });

  it('checks plain objects given as rules (once), and rejects invalid ones', () => {
    const plain = { name: 'plain', match: { hosts: ['a.com'] }, html: { body: 'main' } };
    expect(new RuleSet([plain], false).compiled[0]!.rule.name).toBe('plain');
    expect(() => new RuleSet([{ name: 'bad', match: { hosts: ['a.com'] }, html: { body: 'div[' } }], false)).toThrow(/invalid CSS selector/);
  });

  it('returns the matching rules in precedence order; a throwing match is reported and skipped', () => {
    const boom = defineRule({ name: 'boom', match: { urls: [/x/] }, html: { body: 'main' } });
    // A RegExp whose test throws (e.g. a subclass) cannot come out of defineRule; simulate one on the compiled rule.
    const set = new RuleSet([boom, user], false);
    set.compiled[0]!.urls = [{ test: () => { throw new Error('kaput'); } } as unknown as RegExp];
    const warnings: string[] = [];
    const got = set.match(page('https://example.com/x'), warnings);
    expect(got.map((c) => c.rule.name)).toEqual(['mine']);
    expect(warnings.join('\n')).toMatch(/rule boom: match threw: kaput/);
  });
});

describe('RuleSet host index', () => {
  const mk = (name: string, hosts?: string[]) => defineRule({ name, match: hosts ? { hosts } : { format: 'html' }, html: { remove: ['.x'] } });
  const set = new RuleSet([
    mk('wild-tld', ['example.*']), // cannot be indexed: tested on every page
    mk('plain', ['example.com']),
    mk('any-format'),
    mk('sub', ['*.example.com']),
    mk('label-wild', ['news*.example.com']),
    mk('other', ['other.org', 'example.com']),
    mk('unrelated', ['unrelated.net']),
  ], false);
  const names = (url: string | null) => set.match(page(url), []).map((c) => c.rule.name);

  it('finds the rules by host and keeps precedence order across indexed and unindexed rules', () => {
    expect(names('https://www.example.com/a')).toEqual(['wild-tld', 'plain', 'any-format', 'sub', 'other']);
    expect(names('https://news2.example.com/a')).toEqual(['any-format', 'sub', 'label-wild']); // example.* is example.<tld> or www. only
    expect(names('https://example.org/a')).toEqual(['wild-tld', 'any-format']);
    expect(names('https://unrelated.net/')).toEqual(['any-format', 'unrelated']);
    expect(names(null)).toEqual(['any-format']);
  });
});

describe('RuleSet.of', () => {
  it('reuses the compiled set while the same array holds the same rules', () => {
    const rules = [defineRule({ name: 'a', match: { hosts: ['a.com'] }, html: { body: 'main' } })];
    const s1 = RuleSet.of(rules, true);
    expect(RuleSet.of(rules, true)).toBe(s1);
    expect(RuleSet.of(rules, false)).not.toBe(s1);
    rules.push(defineRule({ name: 'b', match: { hosts: ['b.com'] }, html: { body: 'main' } }));
    const s2 = RuleSet.of(rules, true);
    expect(s2).not.toBe(s1);
    expect(s2.compiled.map((c) => c.rule.name).slice(0, 2)).toEqual(['a', 'b']);
    expect(RuleSet.of(undefined, true)).toBe(RuleSet.of([], true));
  });
});
