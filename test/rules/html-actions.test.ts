// HTML actions and hooks through clean(): remove, body, title/date/author, before/after, precedence,
// rules that throw (reported, skipped, never a crash), and result.rules listing only rules that did something.
import { describe, it, expect } from 'vitest';
import { clean, createCleaner, defineRule } from '../../src/index.js';
import { textOf } from '../../src/dom/query.js';

const PAGE = `<!doctype html><html><head><title>Site | Page</title></head><body>
<header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="layout">
  <div class="promo"><p>Big promo: buy our annual pass today and save plenty of money on every single visit you make.</p></div>
  <div class="story">
    <h1 class="headline">Bridge reopens after repairs</h1>
    <div class="meta"><span class="who">Ana Ruiz</span> <time datetime="2024-05-02T08:00:00Z">2 May</time></div>
    <div class="share-bar">Share on Facebook · Share on X</div>
    <p>The old bridge over the river reopened on Thursday after eighteen months of repairs that cost the city more than planned.</p>
    <p>Engineers replaced the deck and strengthened the piers, and the council said the crossing should now last for another fifty years.</p>
    <p>Traffic was light on the first morning, but local shops expect more visitors once the summer season starts in June.</p>
  </div>
  <aside class="related"><h3>Related</h3><ul><li><a href="/a">Tunnel plans delayed again</a></li><li><a href="/b">New ferry timetable</a></li></ul></aside>
</div>
<footer>© Example</footer></body></html>`;
const URL_ = 'https://news.example.com/2024/05/bridge.html';

describe('declarative HTML actions', () => {
  it('remove drops chrome (logged as rule:<name>), body picks the container, title/date/author come from selectors', () => {
    const rule = defineRule({
      name: 'example',
      match: { hosts: ['*.example.com'] },
      html: { body: '.story', remove: ['.share-bar'], title: 'h1.headline', date: 'time', author: '.who' },
    });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.body).toContain('The old bridge over the river reopened');
    expect(r.body).not.toMatch(/Share on|promo|Tunnel plans/);
    expect(r.title).toBe('Bridge reopens after repairs');
    expect(r.date?.slice(0, 10)).toBe('2024-05-02');
    expect(r.dateSource).toBe('rule');
    expect(r.author).toBe('Ana Ruiz');
    expect(r.rules).toEqual(['example']);
    expect(r.removed).toContainEqual({ reason: 'rule:example', text: 'Share on Facebook · Share on X' });
    // what lies outside the rule's region is logged too
    expect(r.removed).toContainEqual({ reason: 'outside-rule', text: 'Big promo: buy our annual pass today and save plenty of money on every single visit you make.' });
  });

  it('the first body selector that matches wins, in the order given', () => {
    const rule = defineRule({ name: 'order', match: { hosts: ['example.com'] }, html: { body: ['.nothing-here', '.promo', '.story'] } });
    const r = clean(PAGE, { url: URL_.replace('news.', 'www.'), rules: [rule], builtinRules: false });
    expect(r.body).toContain('Big promo');
    expect(r.body).not.toContain('old bridge');
  });

  it('sections: every element they match is the article, in document order, nested matches once', () => {
    const rule = defineRule({ name: 'parts', match: { hosts: ['*.example.com'] }, html: { sections: ['.story p:last-of-type', '.promo', '.story p:first-of-type', '.layout .promo p'] } });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.rules).toEqual(['parts']);
    const lines = r.body.split('\n\n');
    expect(lines.map((l) => l.slice(0, 20))).toEqual(['Big promo: buy our a', 'The old bridge over ', 'Traffic was light on']);
    expect(r.body).not.toContain('Engineers replaced');
  });

  it('sections are not used when a body selector matched, and do nothing when they match nothing', () => {
    const both = defineRule({ name: 'both', match: { hosts: ['*.example.com'] }, html: { body: '.story', sections: ['.promo'] } });
    expect(clean(PAGE, { url: URL_, rules: [both], builtinRules: false }).body).not.toContain('Big promo');
    const none = defineRule({ name: 'none', match: { hosts: ['*.example.com'] }, html: { sections: ['.no-such', '.nope'] } });
    const r = clean(PAGE, { url: URL_, rules: [none], builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(r.body).toContain('The old bridge'); // the generic extractor
  });

  it('a rule whose selectors find nothing is not listed in result.rules', () => {
    const rule = defineRule({ name: 'miss', match: { hosts: ['*.example.com'] }, html: { body: '.no-such', remove: ['.nope'] } });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(r.body).toContain('The old bridge'); // the generic extractor still did its job
  });

  it('a rule whose match fails does nothing', () => {
    const rule = defineRule({ name: 'elsewhere', match: { hosts: ['other.org'] }, html: { body: '.promo' } });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(r.body).not.toContain('Big promo');
  });
});

describe('hooks', () => {
  it('before sees the parsed tree after html.remove and can change it; after can rewrite the result', () => {
    const seen: string[] = [];
    const rule = defineRule({
      name: 'hooks',
      match: { hosts: ['*.example.com'] },
      html: { remove: ['.share-bar'], body: '.story' },
      before: (doc, ctx) => {
        seen.push(ctx.select('.share-bar').length === 0 ? 'share-bar gone' : 'share-bar present');
        ctx.remove('.meta');
        for (const p of ctx.select('.story p')) if (textOf(p).includes('Traffic')) p.attribs['data-x'] = '1';
        seen.push(ctx.url ?? '');
      },
      after: (result, ctx) => ({ ...result, title: `${result.title} [${ctx.rule}/${ctx.format}]` }),
    });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(seen).toEqual(['share-bar gone', URL_]);
    expect(r.body).not.toContain('Ana Ruiz');
    expect(r.title).toMatch(/ \[hooks\/html\]$/);
    expect(r.rules).toEqual(['hooks']);
  });

  it('after runs on text dumps too and a hook returning nothing keeps the result', () => {
    const calls: string[] = [];
    const rule = defineRule({ name: 'watch', match: { format: 'text' }, after: (_r, ctx) => { calls.push(ctx.format); } });
    const r = clean('Line one of a dump with enough words to be a paragraph.\nLine two of the same dump, also long enough.', { format: 'text', rules: [rule], builtinRules: false });
    expect(calls).toEqual(['text']);
    expect(r.body.length).toBeGreaterThan(0);
    expect(r.rules).toEqual(['watch']);
  });

  it('an after hook cannot drop contract fields: what it returns is merged over the result', () => {
    const rule = defineRule({ name: 'partial', match: { format: 'html' }, after: (r) => ({ body: r.body.toUpperCase() }) as never });
    const r = clean(PAGE, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.body).toMatch(/THE OLD BRIDGE/);
    expect(r.format).toBe('html');
    expect(Array.isArray(r.removed)).toBe(true);
  });
});

describe('precedence', () => {
  it('user rules come before built-in ones, and several rules can apply', () => {
    const a = defineRule({ name: 'a', match: { hosts: ['*.example.com'] }, html: { remove: ['.promo'], title: '.who' } });
    const b = defineRule({ name: 'b', match: { hosts: ['*.example.com'] }, html: { remove: ['.related'], title: 'h1', body: '.layout' } });
    const r = clean(PAGE, { url: URL_, rules: [a, b], builtinRules: false });
    expect(r.rules).toEqual(['a', 'b']);
    expect(r.title).toBe('Ana Ruiz'); // the first rule's selector wins
    expect(r.body).not.toMatch(/Big promo|Tunnel plans/);
  });

  it('a user rule with the name of a built-in one replaces it', () => {
    const mine = defineRule({ name: 'netease', match: { hosts: ['*.163.com'] }, html: { body: '.promo' } });
    const r = clean(PAGE, { url: 'https://www.163.com/dy/article/X.html', rules: [mine] });
    expect(r.rules).toEqual(['netease']);
    expect(r.body).toContain('Big promo');
  });

  it('createCleaner: per-call rules come before the cleaner rules', () => {
    const base = defineRule({ name: 'base', match: { hosts: ['*.example.com'] }, html: { title: 'h1' } });
    const call = defineRule({ name: 'call', match: { hosts: ['*.example.com'] }, html: { title: '.who' } });
    const cleaner = createCleaner({ rules: [base], builtinRules: false });
    expect(cleaner.clean(PAGE, { url: URL_ }).title).toBe('Bridge reopens after repairs');
    expect(cleaner.clean(PAGE, { url: URL_, rules: [call] }).title).toBe('Ana Ruiz');
  });
});

describe('a rule that throws is reported and skipped, never crashing clean()', () => {
  const good = defineRule({ name: 'good', match: { hosts: ['*.example.com'] }, html: { remove: ['.promo'] } });

  it('in before: its hints are not used, the other rules still run', () => {
    const bad = defineRule({
      name: 'bad-before', match: { hosts: ['*.example.com'] }, html: { body: '.related' },
      before: () => { throw new Error('oops'); },
    });
    const r = clean(PAGE, { url: URL_, rules: [bad, good], builtinRules: false });
    expect(r.warnings.join('\n')).toMatch(/rule bad-before: before threw: oops/);
    expect(r.removed).toContainEqual({ reason: 'rule-error', text: 'bad-before (before): oops' });
    expect(r.rules).toEqual(['good']);
    expect(r.body).toContain('The old bridge');
    expect(r.body).not.toContain('Tunnel plans');
  });

  it('in after: the result before the hook is kept', () => {
    const bad = defineRule({ name: 'bad-after', match: { format: 'html' }, after: (res) => { res.body = 'mutated'; throw new TypeError('nope'); } });
    const r = clean(PAGE, { url: URL_, rules: [bad, good], builtinRules: false });
    expect(r.body).toContain('The old bridge');
    expect(r.warnings.join('\n')).toMatch(/rule bad-after: after threw: nope/);
    expect(r.rules).toEqual(['good']);
  });

  it('in after, returning something that is not a result', () => {
    const bad = defineRule({ name: 'bad-return', match: { format: 'html' }, after: () => 42 as never });
    const r = clean(PAGE, { url: URL_, rules: [bad], builtinRules: false });
    expect(r.warnings.join('\n')).toMatch(/bad-return: after threw: the after hook must return/);
    expect(typeof r.body).toBe('string');
  });
});

describe('html.paywall', () => {
  it('removes the stub and reports it in result.paywall', () => {
    const page = PAGE.replace('</div>\n  <aside', '<p class="stub">Subscribe to read the rest of this story.</p></div>\n  <aside');
    const rule = defineRule({ name: 'stubs', match: { hosts: ['*.example.com'] }, html: { paywall: ['.stub'] } });
    const r = clean(page, { url: URL_, rules: [rule], builtinRules: false });
    expect(r.paywall).toEqual({ detected: true, text: 'Subscribe to read the rest of this story.' });
    expect(r.body).not.toContain('Subscribe to read');
    expect(r.rules).toEqual(['stubs']);
  });
});
