// Built-in Le Méridien rule: the French portal's dump (seed 004) — menu / What's Hot header, share bars,
// the "Il vous reste …% de cet article à lire" paywall line, and the "Articles Liés" list.
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { RuleSet } from '../../../src/rules/index.js';
import { applyTextRules } from '../../../src/rules/text.js';
import { seed, tokenF1, LEMERIDIEN_SEED, NETEASE_SEED } from '../helpers.js';

const { text, expected } = seed(LEMERIDIEN_SEED);
const matchNames = (t: string): string[] => new RuleSet([], true).match({ url: null, format: 'text', text: t, doc: null }, []).map((c) => c.rule.name);

describe('lemeridien rule', () => {
  it('recognises the Le Méridien dump by its header, and not the other seeds', () => {
    expect(matchNames(text)).toContain('lemeridien');
    expect(matchNames(seed(NETEASE_SEED).text)).not.toContain('lemeridien');
    for (const id of ['000_fbbaa9462fdc2955', '001_ea6610cc7273a202', '002_fa1f29ab0d046a2e']) expect(matchNames(seed(id).text)).not.toContain('lemeridien');
  });

  it('does not match a page that merely mentions the name', () => {
    expect(matchNames("Le Méridien\nUn hôtel à Paris\nOù dormir ce week-end ?")).not.toContain('lemeridien');
  });

  it('its actions alone leave exactly the article and report the paywall', () => {
    const rule = new RuleSet([], true).compiled.find((c) => c.rule.name === 'lemeridien')!.rule;
    const lines = text.split('\n');
    const o = applyTextRules(lines, [{ name: 'lemeridien', actions: rule.text! }]);
    expect(lines.filter((l, i) => !o.cut[i] && l.trim()).join('\n\n')).toBe(expected.body);
    expect(o.paywall).toEqual({ detected: true, text: 'Il vous reste 55.71% de cet article à lire. La suite est réservée aux abonnés.' });
    // the title and byline are above the cut: kept out of the body, still there for metadata
    const title = lines.findIndex((l) => l.replace(/\s+/g, ' ').trim() === expected.title);
    expect(title).toBeGreaterThan(0);
    expect(o.cut[title]).toBe('before');
  });

  // [depends on the text extractor] body F1 ≥ 0.98 with the rules is the text engineer's target.
  it('clean() with built-in rules: body F1 ≥ 0.98, paywall detected, rule listed', () => {
    const r = clean(text, { format: 'text' });
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.98);
    expect(r.paywall.detected).toBe(true);
    expect(r.rules).toContain('lemeridien');
    expect(r.body).not.toMatch(/Il vous reste|Articles Liés|Partager|Copy Link/);
  });

  // [depends on the text extractor] the generic extraction must do well without the site rule.
  it('clean() with builtinRules: false: body F1 ≥ 0.95', () => {
    const r = clean(text, { format: 'text', builtinRules: false });
    expect(r.rules).toEqual([]);
    expect(tokenF1(expected.body, r.body)).toBeGreaterThanOrEqual(0.95);
  });
});
