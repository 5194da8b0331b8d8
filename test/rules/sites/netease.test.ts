// Built-in NetEase rules: the 网易号 dump (seed 003, a 财联社 story on 163.com) and an article page's HTML.
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { RuleSet } from '../../../src/rules/index.js';
import { applyTextRules } from '../../../src/rules/text.js';
import { seed, fixture, tokenF1, NETEASE_SEED } from '../helpers.js';

const { text, expected } = seed(NETEASE_SEED);
const URL_ = 'https://www.163.com/dy/article/KJ1A2B3C0519DTSV.html';

describe('netease-dump rule on the seed dump', () => {
  it('recognises the seed (and only the NetEase rules do)', () => {
    const names = new RuleSet([], true).match({ url: null, format: 'text', text, doc: null }, []).map((c) => c.rule.name);
    expect(names).toContain('netease-dump');
    expect(names).not.toContain('lemeridien');
    expect(names).not.toContain('netease'); // host rule: no URL here
  });

  it('its actions alone leave exactly the article lines', () => {
    const c = new RuleSet([], true).match({ url: null, format: 'text', text, doc: null }, []).find((x) => x.rule.name === 'netease-dump')!;
    const lines = text.split('\n');
    const o = applyTextRules(lines, [{ name: 'netease-dump', actions: c.rule.text! }]);
    const kept = lines.filter((l, i) => !o.cut[i] && l.trim()).join('\n\n');
    expect(kept).toBe(expected.body);
    expect(o.cut[lines.indexOf('相关推荐')]).toBe('after');
    expect(o.cut[lines.findIndex((l) => l.startsWith('特别声明'))]).toBe('drop');
    expect(o.cut[lines.findIndex((l) => l.startsWith('Notice: The content above'))]).toBe('drop');
  });

  it('also applies through the host rule when the dump comes with its URL', () => {
    const set = new RuleSet([], true);
    const names = set.match({ url: URL_, format: 'text', text, doc: null }, []).map((c) => c.rule.name);
    expect(names.slice(0, 2)).toEqual(['netease', 'netease-dump']);
  });

  // [depends on the text extractor] body F1 ≥ 0.98 with the rules is the text engineer's target.
  it('clean() with built-in rules: body F1 ≥ 0.98, rule listed, no notice or list in the body', () => {
    const r = clean(text, { format: 'text' });
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.98);
    expect(r.rules).toContain('netease-dump');
    expect(r.body).not.toMatch(/特别声明|Notice: The content above|相关推荐|热点推荐|分享至/);
    expect(r.paywall.detected).toBe(false);
  });

  // [depends on the text extractor] the generic extraction must do well without the site rule.
  it('clean() with builtinRules: false: body F1 ≥ 0.95', () => {
    const r = clean(text, { format: 'text', builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('netease rule on an article page (HTML)', () => {
  const html = fixture('fixtures/rules/netease-dy-article.html');

  it('takes .post_body, drops the statement and the lists, reads title and date', () => {
    const r = clean(html, { url: URL_ });
    expect(r.rules).toContain('netease');
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.99);
    expect(r.body).not.toMatch(/特别声明|Notice:|相关推荐|热点推荐|分享至|网易首页|申请入驻|发表跟贴/);
    expect(r.title).toBe(expected.title);
    expect(r.date?.slice(0, 10)).toBe('2026-01-15');
    expect(r.dateSource).toBe('rule');
    expect(r.removed.some((x) => x.reason === 'rule:netease' && x.text.startsWith('特别声明'))).toBe(true);
  });

  it('does not apply to other hosts', () => {
    const r = clean(html, { url: 'https://example.com/a.html' });
    expect(r.rules).not.toContain('netease');
  });

  // [depends on the HTML extractor] generic extraction without the rule.
  it('without built-in rules the generic HTML extraction still gets the article (F1 ≥ 0.95)', () => {
    const r = clean(html, { url: URL_, builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.95);
  });
});
