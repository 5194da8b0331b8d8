/** Test helpers for the rules tests: the seed pages and the token F1 the benchmarks use (CJK characters are tokens). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(rel: string): string {
  return readFileSync(ROOT + rel, 'utf8');
}

export interface Seed {
  text: string;
  expected: { title: string; body: string; date: string | null; language: string; paywall: boolean; author: string | null };
}

export function seed(id: string): Seed {
  return {
    text: fixture(`fixtures/seeds/${id}.txt`),
    expected: JSON.parse(fixture(`fixtures/seeds/${id}.expected.json`)) as Seed['expected'],
  };
}

/** The seed ids, by site (checked in sites tests: 003 is NetEase/财联社, 004 is Le Méridien). */
export const NETEASE_SEED = '003_904f0b5d7bdbd90b';
export const LEMERIDIEN_SEED = '004_f0128696910e1e77';

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, 'g');

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.match(TOKEN) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Bag-of-tokens F1 as bench/score_pairs.py computes it. */
export function tokenF1(expected: string, got: string): number {
  const e = bag(expected);
  const g = bag(got);
  let tp = 0; let ne = 0; let ng = 0;
  for (const [t, c] of e) { ne += c; tp += Math.min(c, g.get(t) ?? 0); }
  for (const c of g.values()) ng += c;
  if (!ne) return ng ? 0 : 1;
  if (!ng) return 0;
  const p = tp / ng; const r = tp / ne;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
