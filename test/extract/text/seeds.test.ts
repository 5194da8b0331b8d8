// The five seed dumps: body token-F1 against the hand-made expectations, and the paywall flag (no site rules).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../../src/index.js';

const dir = join(__dirname, '../../../fixtures/seeds');
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const TOK = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, 'gu');

/** Bag-of-tokens F1 as score_pairs.py computes it (every CJK character is a token). */
function f1(expected: string, got: string): number {
  const e = new Map<string, number>();
  for (const t of expected.match(TOK) ?? []) e.set(t, (e.get(t) ?? 0) + 1);
  const g = got.match(TOK) ?? [];
  let tp = 0;
  for (const t of g) { const k = e.get(t) ?? 0; if (k > 0) { tp++; e.set(t, k - 1); } }
  const p = g.length ? tp / g.length : 0;
  const r = tp / (expected.match(TOK) ?? []).length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('seed text dumps', () => {
  it('has the five seeds', () => expect(seeds.length).toBe(5));
  for (const f of seeds) {
    it(`${f}: body F1 >= 0.98 and the paywall flag`, () => {
      const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as { body: string; paywall: boolean };
      const r = clean(readFileSync(join(dir, f), 'utf8'), { format: 'text', builtinRules: false });
      expect(f1(exp.body, r.body)).toBeGreaterThanOrEqual(0.98);
      expect(r.paywall.detected).toBe(exp.paywall);
      expect(r.rules).toEqual([]);
    });
  }

  it('NetEase: drops the twice-printed trending list and the platform notice, keeps the title out of the body', () => {
    const r = clean(readFileSync(join(dir, '003_904f0b5d7bdbd90b.txt'), 'utf8'), { format: 'text', builtinRules: false });
    expect(r.body).not.toContain('三言四拍');
    expect(r.body).not.toContain('特别声明');
    expect(r.body).not.toContain('Notice: The content above');
    expect(r.removed.some((x) => x.reason === 'notice')).toBe(true);
    expect(r.title).toBe('维基百科与微软、Meta等科技巨头签署AI内容训练协议');
  });

  it('Le Méridien: keeps the in-article heading, reports the paywall stub, drops related lists', () => {
    const r = clean(readFileSync(join(dir, '004_f0128696910e1e77.txt'), 'utf8'), { format: 'text', builtinRules: false });
    expect(r.body).toContain('Pas de garantie de qualité');
    expect(r.html).toMatch(/<h2>Pas de garantie de qualité<\/h2>/);
    expect(r.paywall.text).toMatch(/Il vous reste 55\.71%/);
    expect(r.body).not.toMatch(/Il vous reste|Articles Liés|mai 9, 2025|Facebook/);
    expect(r.title).toBe('Intelligence artificielle : la bataille des modèles en open source');
  });
});
