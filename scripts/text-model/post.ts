/**
 * Post-processing experiments on saved cross-validation probabilities (train.ts --cv --save-proba FILE):
 * thresholds, the page decision, sequence smoothing and structure-correction variants, scored with WCXB's metric
 * on the w3m dumps, no retraining.
 *   npx tsx scripts/text-model/post.ts FILE [--thresholds 0.3,0.4,0.5] [--variants ,all]   (structure rules on / all off)
 *     [--rule ALPHA,FLOOR] [--smooth SWITCHIN,SWITCHBLANK,TEMPER,MIX[;…]] [--by-type] [--halves]
 * With --rule, the expected-F1 decision (decide.ts) is scored instead of the thresholds. --smooth scores each
 * smoothing setting (smooth.ts; "none" = off; "T1.5" = odds^1.5, a calibration only; "B0.5" = half the block's mean). --halves also prints the mean on folds 0–2 and on folds 3–4 (tune on
 * one, check on the other).
 */
import { readFileSync } from 'node:fs';
import { pageIds, loadPages, foldOf } from './dataset.js';
import { pageRows, bodyOf } from './cv.js';
import { wcxbF1 } from './metric.js';
import { smoothProba, type SmoothParams } from './smooth.js';

const args = process.argv.slice(2);
const flag = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const proba = JSON.parse(readFileSync(args[0]!, 'utf8')) as Record<string, number[]>;
const ids = pageIds();
const folds = foldOf(ids, 5);
const rows = pageRows(loadPages(ids, ['w3m'])).filter((r) => proba[r.id]);
const ths = (flag('--thresholds') ?? '0.3,0.4,0.5,0.6').split(',').map(Number);
const ruleArg = flag('--rule')?.split(',').map(Number);
const rule = ruleArg ? { rule: 'expected-f1' as const, alpha: ruleArg[0]!, floor: ruleArg[1] ?? 0.1 } : undefined;
/** Variants: '' = structure rules on, 'all' = all structure rules off. */
const variants = (flag('--variants') ?? ',all').split(',');
const smooths: (SmoothParams | null)[] = (flag('--smooth') ?? 'none').split(';').map((s) => {
  if (s === 'none') return null;
  if (s.startsWith('B')) return { switchIn: 0, switchBlank: 0, temper: Number(s.slice(1)), mix: -2 }; // block mean: λ·p + (1−λ)·block's word-weighted mean
  if (s.startsWith('T')) return { switchIn: 0, switchBlank: 0, temper: Number(s.slice(1)), mix: -1 }; // calibration only: odds^T
  const [switchIn, switchBlank, temper, mix] = s.split(',').map(Number);
  return { switchIn: switchIn!, switchBlank: switchBlank!, temper: temper ?? 1, mix: mix ?? 1 };
});
/** λ·p + (1−λ)·(word-weighted mean p of the line's block, the lines between blank lines). */
function blockMix(p: Float64Array, lines: { blankBefore: boolean }[], words: number[], lambda: number): Float64Array {
  const out = new Float64Array(p.length);
  for (let a = 0; a < p.length;) {
    let b = a;
    while (b + 1 < p.length && !lines[b + 1]!.blankBefore) b++;
    let s = 0; let w = 0;
    for (let i = a; i <= b; i++) { s += p[i]! * (words[i]! + 1); w += words[i]! + 1; }
    for (let i = a; i <= b; i++) out[i] = lambda * p[i]! + (1 - lambda) * (s / w);
    a = b + 1;
  }
  return out;
}
const mean = (a: number[]): number => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
for (const v of variants) {
  if (v === 'all') process.env.TEXT_NO_STRUCTURE = '1'; else delete process.env.TEXT_NO_STRUCTURE;
  for (const sm of smooths) {
    const out: string[] = [];
    for (const th of rule ? [0.5] : ths) {
      const byT: Record<string, number[]> = {};
      const half: number[][] = [[], []];
      const all: number[] = [];
      for (const r of rows) {
        let p: Float64Array = Float64Array.from(proba[r.id]!);
        if (sm && sm.mix === -2) p = blockMix(p, r.prep.lines, r.stats.map((x) => x.words), sm.temper);
        else if (sm && sm.mix < 0) p = p.map((v) => { const o = Math.pow(Math.max(1e-4, v) / Math.max(1e-4, 1 - v), sm.temper); return o / (1 + o); });
        else if (sm) p = smoothProba(p, r.prep.lines, sm);
        const f = wcxbF1(bodyOf(r.prep, p, th, rule), r.body).f1;
        all.push(f); (byT[r.type] ??= []).push(f); half[folds.get(r.id)! < 3 ? 0 : 1]!.push(f);
      }
      out.push(`${rule ? `expected-F1 α ${rule.alpha} floor ${rule.floor}` : `@${th}`} ${mean(all).toFixed(4)}${args.includes('--halves') ? ` (folds 0-2 ${mean(half[0]!).toFixed(4)}, 3-4 ${mean(half[1]!).toFixed(4)})` : ''}`);
      if (args.includes('--by-type')) out.push(JSON.stringify(Object.fromEntries(Object.entries(byT).sort().map(([t, a]) => [t, +mean(a).toFixed(3)]))));
    }
    console.log(`structure [${v || 'on'}] smooth [${sm ? Object.values(sm).join(',') : 'none'}]: ${out.join('  ')}`);
  }
}
