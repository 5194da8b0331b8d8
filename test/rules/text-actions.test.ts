// Text-dump actions: the exact semantics of cutBefore / cutAfter / paywall / dropLines (applyTextRules),
// then the same actions end to end through clean().
import { describe, it, expect } from 'vitest';
import { applyTextRules } from '../../src/rules/text.js';
import { defineRule } from '../../src/rules/define.js';
import type { TextRuleActions } from '../../src/rules/types.js';
import { RemovedLog } from '../../src/pipeline/removed.js';
import { clean } from '../../src/index.js';

const DUMP = [
  'Site Menu',          // 0
  'News | Sport',       // 1
  'The Headline',       // 2
  'Share this',         // 3
  '  Story starts here and it is long enough to be prose.', // 4
  '',                   // 5
  'Second paragraph of the story, also prose.', // 6
  'Share this',         // 7
  'Subscribe to continue reading', // 8
  'Related',            // 9
  'Other story',        // 10
  'Footer',             // 11
];

const run = (rules: Array<{ name: string; actions: TextRuleActions }>, lines = DUMP) => applyTextRules(lines, rules);
const kept = (lines: string[], cut: (string | null)[]) => lines.filter((l, i) => !cut[i] && l.trim()).map((l) => l.trim());

describe('applyTextRules', () => {
  it('cutBefore: lines above the first match go, the matching line stays', () => {
    const o = run([{ name: 'r', actions: { cutBefore: [/^Story starts/] } }]);
    expect(o.start).toBe(4);
    expect(o.cut.slice(0, 4)).toEqual(['before', 'before', 'before', 'before']);
    expect(o.cut[4]).toBeNull();
    expect(o.applied).toEqual(['r']);
  });

  it('cutAfter: the first match and everything below go', () => {
    const o = run([{ name: 'r', actions: { cutAfter: [/^Related$/, /^Footer$/] } }]);
    expect(o.end).toBe(9);
    expect(o.cut.slice(9)).toEqual(['after', 'after', 'after']);
    expect(kept(DUMP, o.cut)).toContain('Subscribe to continue reading');
  });

  it('cutAfter searches from the cutBefore start, so an earlier match above it does not end the article', () => {
    const lines = ['Related', 'Menu', 'START', 'body text', 'Related', 'list'];
    const o = run([{ name: 'r', actions: { cutBefore: [/^START$/], cutAfter: [/^Related$/] } }], lines);
    expect(kept(lines, o.cut)).toEqual(['START', 'body text']);
  });

  it('patterns see the line trimmed; blank lines never match', () => {
    const o = run([{ name: 'r', actions: { dropLines: [/^Story starts/, /^$|^\s+$/] } }]);
    expect(o.cut[4]).toBe('drop');
    expect(o.cut[5]).toBeNull();
  });

  it('dropLines removes every matching line inside the article window', () => {
    const o = run([{ name: 'r', actions: { cutBefore: [/^The Headline$/], dropLines: [/^Share this$/] } }]);
    expect(o.cut[3]).toBe('drop');
    expect(o.cut[7]).toBe('drop');
  });

  it('paywall: the line is removed and reported; it wins over dropLines', () => {
    const o = run([{ name: 'r', actions: { paywall: [/^Subscribe to continue/], dropLines: [/Subscribe/] } }]);
    expect(o.cut[8]).toBe('paywall');
    expect(o.paywall).toEqual({ detected: true, text: 'Subscribe to continue reading' });
  });

  it('a stub the rule itself cut with cutAfter is still reported as the paywall', () => {
    const o = run([{ name: 'r', actions: { cutAfter: [/^Subscribe/], paywall: [/^Subscribe to continue/] } }]);
    expect(o.cut[8]).toBe('paywall');
    expect(o.cut[9]).toBe('after');
    expect(o.paywall.detected).toBe(true);
  });

  it("another rule's paywall patterns do not look into a cut tail", () => {
    const o = run([
      { name: 'cutter', actions: { cutAfter: [/^Share this$/] } },
      { name: 'generic', actions: { paywall: [/^Subscribe to continue/] } },
    ]);
    expect(o.paywall.detected).toBe(false);
    expect(o.applied).toEqual(['cutter']);
  });

  it('several rules narrow the window in precedence order, and only those that did something are applied', () => {
    const o = run([
      { name: 'a', actions: { cutBefore: [/^The Headline$/] } },
      { name: 'b', actions: { cutAfter: [/^Related$/], cutBefore: [/^News/] } }, // News is above a's start: no effect
      { name: 'c', actions: { dropLines: [/^Nothing like this$/] } },
    ]);
    expect(o.start).toBe(2);
    expect(o.end).toBe(9);
    expect(o.applied).toEqual(['a', 'b']);
  });

  it('no match, no change; no rules, no work', () => {
    const o = run([{ name: 'r', actions: { cutBefore: [/^Nope$/], cutAfter: [/^Nope$/], paywall: [/^Nope$/] } }]);
    expect(o.cut.every((c) => c === null)).toBe(true);
    expect(o.applied).toEqual([]);
    expect(run([]).cut).toHaveLength(DUMP.length);
  });

  it('logs one removed entry per run of cut lines, and marks the rules applied in the sink', () => {
    const removed = new RemovedLog();
    const applied = new Set<string>();
    applyTextRules(DUMP, [{ name: 'r', actions: { cutBefore: [/^Story/], cutAfter: [/^Related$/] } }], { removed, applied });
    expect(removed.items).toEqual([
      { reason: 'rule:r', text: 'Site Menu / News | Sport / The Headline / Share this' },
      { reason: 'rule:r', text: 'Related / Other story / Footer' },
    ]);
    expect([...applied]).toEqual(['r']);
  });
});

// ---- End to end through clean(). These depend on the text-dump extractor (src/extract/text/) calling
// ---- applyTextRules(lines, ruleActions, ctx); they fail until it does.
describe('text actions through clean() [depends on the text extractor]', () => {
  const page = [
    'Example Times', 'Home | World | Business', 'Menu',
    'Markets rally as inflation cools',
    'By Jane Doe, 12 March 2025',
    'SHARE: Facebook Twitter',
    'Stocks rose sharply on Tuesday after new figures showed inflation slowing for a third month in a row, easing pressure on the central bank.',
    'Analysts said the numbers gave policymakers room to pause, though several warned that energy prices remained a risk for the months ahead.',
    'SHARE: Facebook Twitter',
    'Subscribers only: the rest of this analysis is reserved for members.',
    'Read next',
    'Oil slips as supply worries ease',
    'Central bank holds rates',
    '© Example Times',
  ].join('\n');
  const rule = defineRule({
    name: 'example-times',
    match: { signature: { text: /^Example Times$/m } },
    text: {
      cutBefore: [/^By .+, \d{1,2} \w+ \d{4}$/],
      cutAfter: [/^Read next$/],
      dropLines: [/^SHARE:/, /^By .+, \d{1,2} \w+ \d{4}$/],
      paywall: [/^Subscribers only:/],
    },
  });

  it('keeps exactly the article lines, reports the paywall and the rule', () => {
    const r = clean(page, { format: 'text', rules: [rule], builtinRules: false });
    expect(r.body).toContain('Stocks rose sharply');
    expect(r.body).toContain('Analysts said');
    for (const chrome of ['Home | World', 'SHARE:', 'Read next', 'Oil slips', 'Central bank holds', 'Subscribers only']) {
      expect(r.body).not.toContain(chrome);
    }
    expect(r.paywall).toEqual({ detected: true, text: 'Subscribers only: the rest of this analysis is reserved for members.' });
    expect(r.rules).toContain('example-times');
    expect(r.removed.some((x) => x.reason === 'rule:example-times' && x.text.includes('Read next'))).toBe(true);
  });

  it('a rule that matches nothing on the page is not listed', () => {
    const other = defineRule({ name: 'other-site', match: { signature: { text: /^Other Site$/m } }, text: { dropLines: [/^Menu$/] } });
    const r = clean(page, { format: 'text', rules: [other], builtinRules: false });
    expect(r.rules).not.toContain('other-site');
  });
});

// The precise points of the contract where a looser implementation would differ. [depends on the text
// extractor using applyTextRules from src/rules/text.ts]
describe('documented fine points through clean() [depends on the text extractor]', () => {
  const lines = [
    'Daily Planet', 'Menu',
    'Superhero saves the city again',
    'By Lois Lane',
    'ARTICLE',
    'Metropolis woke up to remarkable news on Monday morning when a flying figure stopped a runaway train.',
    'Witnesses described the scene in detail, and the city council promised to honour the rescuer next week.',
    'Members only: subscribe to read the rest',
    'More stories',
    'Weather: sunny',
  ];
  const page = lines.join('\n');

  it('a paywall stub is reported even when a dropLines pattern of the same rule also matches it', () => {
    const rule = defineRule({
      name: 'planet',
      match: { signature: { text: /^Daily Planet$/m } },
      text: { cutBefore: [/^ARTICLE$/], cutAfter: [/^More stories$/], dropLines: [/^ARTICLE$/, /subscribe/i], paywall: [/^Members only:/] },
    });
    const r = clean(page, { format: 'text', rules: [rule], builtinRules: false });
    expect(r.paywall.detected).toBe(true);
    expect(r.body).not.toMatch(/Members only|ARTICLE|More stories|Weather/);
    expect(r.body).toMatch(/^Metropolis woke up/);
  });

  it("a paywall stub in another rule's cut tail is not reported (only the cutting rule's own patterns look there)", () => {
    const cutter = defineRule({ name: 'cutter', match: { signature: { text: /^Daily Planet$/m } }, text: { cutAfter: [/^Witnesses described/] } });
    const generic = defineRule({ name: 'stubs', match: { format: 'text' }, text: { paywall: [/^Members only:/] } });
    const r = clean(page, { format: 'text', rules: [cutter, generic], builtinRules: false });
    expect(r.paywall.detected).toBe(false);
    expect(r.rules).toEqual(['cutter']);
  });
});
