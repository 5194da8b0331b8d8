/**
 * Scores keep-decision rules on saved out-of-fold block probabilities (train.ts --save-oof F), without
 * retraining: the thresholds in use vs an expected-F1 cut per page. usage: npx tsx scripts/html-model/decide-eval.ts F
 */
import { readFileSync } from 'node:fs';
import { wcxbF1 } from '../text-model/metric.js';
import { expectedF1Keep } from '../../src/extract/text/decide.js';
import shipped from '../../src/extract/html/model.json' with { type: 'json' };

interface Page { id: string; pageType: string; body: string; texts: string[]; container: number[]; words: number[]; pBase: number[]; pRd: number[] }
const pages = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Page[];
const model = shipped as unknown as { base: { thresholdIn: number; thresholdOut: number; byType?: Record<string, { thresholdIn: number; thresholdOut: number }> } };

type Rule = (pg: Page, p: number[]) => boolean[];
const f1Of = (pg: Page, keep: boolean[]): number => wcxbF1(pg.texts.filter((_, i) => keep[i]).join('\n\n'), pg.body).f1;

function report(name: string, rule: Rule): number {
  const by = new Map<string, number[]>();
  let all = 0;
  for (const pg of pages) {
    const f = f1Of(pg, rule(pg, pg.pBase));
    all += f;
    by.set(pg.pageType, [...(by.get(pg.pageType) ?? []), f]);
  }
  const types = [...by].sort().map(([t, v]) => `${t} ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)}`).join(' ');
  console.log(`${name.padEnd(40)} ${(all / pages.length).toFixed(4)} | ${types}`);
  return all / pages.length;
}

const thresholds: Rule = (pg, p) => {
  const t = model.base.byType?.[pg.pageType] ?? model.base;
  return p.map((v, i) => v >= (pg.container[i] ? t.thresholdIn : t.thresholdOut));
};
report('thresholds (shipped)', thresholds);
for (const alpha of [0.6, 0.8, 1, 1.25]) for (const floor of [0.05, 0.1, 0.2]) {
  report(`expected-f1 a=${alpha} floor=${floor}`, (pg, p) => expectedF1Keep(Float64Array.from(p), pg.words, { rule: 'expected-f1', alpha, floor }));
}
for (const alpha of [0.8, 1]) {
  report(`thresholds AND expected-f1 a=${alpha}`, (pg, p) => { const a = thresholds(pg, p); const b = expectedF1Keep(Float64Array.from(p), pg.words, { rule: 'expected-f1', alpha, floor: 0.05 }); return a.map((v, i) => v && (b[i]! || p[i]! >= 0.5)); });
}

/** Two-state Viterbi over the blocks: the threshold decision's margins, weighted by size, minus a cost per keep/drop switch. */
function viterbi(pg: Page, p: number[], lambda: number, weight: (w: number) => number): boolean[] {
  const t = model.base.byType?.[pg.pageType] ?? model.base;
  const n = p.length;
  const logit = (v: number): number => Math.log(Math.max(1e-4, v) / Math.max(1e-4, 1 - v));
  const s = p.map((v, i) => (logit(v) - logit(pg.container[i] ? t.thresholdIn : t.thresholdOut)) * weight(pg.words[i]!));
  // best[k][state]: best total up to block k in state (0 drop, 1 keep)
  const back: Array<[number, number]> = [];
  let d0 = 0, d1 = s[0] ?? 0;
  back.push([0, 1]);
  for (let i = 1; i < n; i++) {
    const from0to0 = d0, from1to0 = d1 - lambda;
    const from0to1 = d0 - lambda, from1to1 = d1;
    const n0 = Math.max(from0to0, from1to0), n1 = Math.max(from0to1, from1to1) + s[i]!;
    back.push([from0to0 >= from1to0 ? 0 : 1, from0to1 >= from1to1 ? 0 : 1]);
    d0 = n0; d1 = n1;
  }
  const keep = new Array<boolean>(n).fill(false);
  let st = d1 > d0 ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) { keep[i] = st === 1; st = back[i]![st]!; }
  return keep;
}
for (const lambda of [0.5, 1, 2, 4]) for (const [wn, wf] of [['1', (): number => 1], ['log', (w: number): number => 1 + Math.log1p(w)], ['sqrt', (w: number): number => Math.sqrt(w + 1)]] as const) {
  report(`viterbi λ=${lambda} w=${wn}`, (pg, p) => viterbi(pg, p, lambda, wf));
}

// the related-section rule on top of the thresholds
import { dropRelatedSections } from '../../src/extract/html/related-sections.js';
report('thresholds + related sections', (pg, p) => { const k = thresholds(pg, p); dropRelatedSections((pg as Page & { kinds: string[] }).kinds, pg.texts, k); return k; });
if (process.argv.includes('--changes')) {
  for (const pg of pages) {
    const a = thresholds(pg, pg.pBase); const b = [...a];
    if (!dropRelatedSections((pg as Page & { kinds: string[] }).kinds, pg.texts, b)) continue;
    const fa = f1Of(pg, a), fb = f1Of(pg, b);
    const hs = pg.texts.filter((t, i) => (pg as Page & { kinds: string[] }).kinds[i]![0] === 'h' && b[i] !== a[i]).slice(0, 2);
    console.log(`${pg.id} ${pg.pageType} ${fa.toFixed(3)} -> ${fb.toFixed(3)} ${JSON.stringify(hs)}`);
  }
}

/** Within one list, the majority decides for all items (by count): from `up` kept, keep all; under `down`, drop all. */
function listMajority(pg: Page, keep: boolean[], up: number, down: number): boolean[] {
  const lists = (pg as Page & { lists: number[] }).lists;
  const groups = new Map<number, number[]>();
  lists.forEach((l, i) => { if (l >= 0) groups.set(l, [...(groups.get(l) ?? []), i]); });
  const out = [...keep];
  for (const idx of groups.values()) {
    if (idx.length < 3) continue;
    const share = idx.filter((i) => keep[i]).length / idx.length;
    if (share >= up) for (const i of idx) out[i] = true;
    else if (share < down) for (const i of idx) out[i] = false;
  }
  return out;
}
for (const up of [0.5, 0.6, 0.7, 1.01]) for (const down of [0, 0.2, 0.3]) {
  report(`thresholds + list majority up=${up} down=${down}`, (pg, p) => listMajority(pg, thresholds(pg, p), up, down));
}

// the gated decision as shipped: Readability's model where the base model is unsure
const full = shipped as unknown as { gate: number; withReadability: { thresholdIn: number; thresholdOut: number; byType?: Record<string, { thresholdIn: number; thresholdOut: number }> } };
function gated(pg: Page): { p: number[]; t: { thresholdIn: number; thresholdOut: number } } {
  const tb = model.base.byType?.[pg.pageType] ?? model.base;
  let near = 0, total = 0;
  pg.texts.forEach((s, i) => { const c = s.replace(/\s+/g, '').length; total += c; if (Math.abs(pg.pBase[i]! - (pg.container[i] ? tb.thresholdIn : tb.thresholdOut)) < 0.25) near += c; });
  if (total && near / total >= full.gate) return { p: pg.pRd, t: full.withReadability.byType?.[pg.pageType] ?? full.withReadability };
  return { p: pg.pBase, t: tb };
}
const gatedKeep = (pg: Page): boolean[] => { const { p, t } = gated(pg); return p.map((v, i) => v >= (pg.container[i] ? t.thresholdIn : t.thresholdOut)); };
report('gated (shipped)', (pg) => gatedKeep(pg));
report('gated + list majority 0.5/0.2', (pg) => listMajority(pg, gatedKeep(pg), 0.5, 0.2));
report('gated + list majority 0.5/0', (pg) => listMajority(pg, gatedKeep(pg), 0.5, 0));
report('gated + list majority 1.01/0.2', (pg) => listMajority(pg, gatedKeep(pg), 1.01, 0.2));
report('gated + related', (pg) => { const k = gatedKeep(pg); dropRelatedSections((pg as Page & { kinds: string[] }).kinds, pg.texts, k); return k; });
