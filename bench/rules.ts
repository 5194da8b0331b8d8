/**
 * Cost of site rules on the hot path: RuleSet construction, matching per page (built-ins alone and with
 * 1 000 user host rules), the text actions on dumps, and false matches of the built-ins on benchmark pages.
 * Run: npx tsx bench/rules.ts
 */
import { parseHtml } from '../src/dom/index.js';
import { RuleSet, applyTextRules, textRuleActions } from '../src/rules/index.js';
import { defineRule } from '../src/rules/define.js';
import type { Rule } from '../src/rules/types.js';
import type { MatchTarget } from '../src/rules/compile.js';
import { listPages, readPage } from './lib/sets.js';

function time<T>(f: () => T, reps: number): { ms: number; value: T } {
  let value!: T;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) value = f();
  return { ms: (performance.now() - t0) / reps, value };
}

const html = listPages('scrapinghub').slice(0, 60).map((p) => {
  const text = readPage(p).toString('utf8');
  return { url: p.url, format: 'html', text, doc: parseHtml(text) } satisfies MatchTarget;
});
const dumps = listPages('wcxb-dev-w3m').slice(0, 150).map((p) => ({ url: p.url, format: 'text', text: readPage(p).toString('utf8'), doc: null }) satisfies MatchTarget);

const manyUser: Rule[] = Array.from({ length: 1000 }, (_, i) => defineRule({
  name: `site-${i}`, match: { hosts: [`*.site${i}.example`], urls: [`https://*.site${i}.example/news/*`] }, html: { body: `.body-${i}` },
}));
const sigUser: Rule[] = Array.from({ length: 50 }, (_, i) => defineRule({
  name: `sig-${i}`, match: { signature: { text: new RegExp(`^Portal number ${i} — menu$`, 'm') } }, text: { cutAfter: [/^Related$/] },
}));

time(() => new RuleSet([], true), 2000); // warm up
const build = time(() => new RuleSet([], true), 5000);
const buildMany = time(() => new RuleSet(manyUser, true), 20);
console.log(`RuleSet: built-ins ${build.value.compiled.length} rules ${(build.ms * 1000).toFixed(1)} µs; +1000 user rules ${(buildMany.ms).toFixed(2)} ms (compiled once per rule object, cached)`);

for (const [label, set] of [['built-ins', new RuleSet([], true)], ['built-ins + 1000 host rules', new RuleSet(manyUser, true)], ['built-ins + 50 text-signature rules', new RuleSet(sigUser, true)]] as const) {
  for (const [kind, pages] of [['html', html], ['text', dumps]] as const) {
    const reps = 20;
    const t = time(() => { let n = 0; for (const p of pages) n += set.match(p, []).length; return n; }, reps);
    console.log(`match ${label.padEnd(34)} ${kind}: ${((t.ms * 1000) / pages.length).toFixed(1)} µs/page (${pages.length} pages, mean page ${Math.round(pages.reduce((s, p) => s + p.text.length, 0) / pages.length / 1024)} KB)`);
  }
}

// Text actions of the built-ins on real dumps (the generic rule applies to every dump).
const builtins = new RuleSet([], true);
let applied = 0; let stubs = 0;
const tText = time(() => {
  applied = 0; stubs = 0;
  for (const p of dumps) {
    const rules = builtins.match(p, []);
    const o = applyTextRules(p.text.split('\n'), textRuleActions({ rules } as never));
    applied += o.applied.length;
    if (o.paywall.detected) stubs++;
  }
}, 5);
console.log(`applyTextRules (built-ins) on ${dumps.length} w3m dumps: ${((tText.ms * 1000) / dumps.length).toFixed(1)} µs/page; rules acting on ${applied} pages, paywall reported on ${stubs}`);

// Which built-ins match benchmark pages they were not written for (should be only the generic one, on dumps).
const hits = new Map<string, number>();
for (const p of [...html, ...dumps]) for (const c of builtins.match(p, [])) hits.set(c.rule.name, (hits.get(c.rule.name) ?? 0) + 1);
console.log('built-in matches on benchmark pages:', Object.fromEntries(hits));
