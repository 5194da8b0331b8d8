/**
 * Post-processing experiments on saved cross-validation probabilities (train.ts --cv --save-proba FILE):
 * thresholds and structure-correction variants, scored with WCXB's metric on the w3m dumps.
 *   npx tsx scripts/text-model/post.ts FILE [--thresholds 0.3,0.4,0.5] [--variants ,all]   (structure rules on / all off) [--rule ALPHA,FLOOR]
 * With --rule, the expected-F1 decision (decide.ts) is scored instead of the thresholds.
 */
import { readFileSync } from 'node:fs';
import { pageIds, loadPages } from './dataset.js';
import { pageRows, bodyOf } from './cv.js';
import { wcxbF1 } from './metric.js';

const args = process.argv.slice(2);
const flag = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const proba = JSON.parse(readFileSync(args[0]!, 'utf8')) as Record<string, number[]>;
const rows = pageRows(loadPages(pageIds(), ['w3m'])).filter((r) => proba[r.id]);
const ths = (flag('--thresholds') ?? '0.3,0.4,0.5,0.6').split(',').map(Number);
const ruleArg = flag('--rule')?.split(',').map(Number);
const rule = ruleArg ? { rule: 'expected-f1' as const, alpha: ruleArg[0]!, floor: ruleArg[1] ?? 0.1 } : undefined;
/** Variants: '' = structure rules on, 'all' = all structure rules off. */
const variants = (flag('--variants') ?? ',all').split(',');
for (const v of variants) {
  if (v === 'all') process.env.TEXT_NO_STRUCTURE = '1'; else delete process.env.TEXT_NO_STRUCTURE;
  const out: string[] = [];
  for (const th of rule ? [0.5] : ths) {
    const byT: Record<string, number[]> = {};
    let sum = 0;
    for (const r of rows) {
      const f = wcxbF1(bodyOf(r.prep, Float64Array.from(proba[r.id]!), th, rule), r.body).f1;
      sum += f; (byT[r.type] ??= []).push(f);
    }
    out.push(`${rule ? `expected-F1 α ${rule.alpha} floor ${rule.floor}` : `@${th}`} ${(sum / rows.length).toFixed(4)}`);
    if (args.includes('--by-type')) console.log(v, th, JSON.stringify(Object.fromEntries(Object.entries(byT).map(([t, a]) => [t, +(a.reduce((x, y) => x + y, 0) / a.length).toFixed(3)]))));
  }
  console.log(`structure off [${v || 'none'}]: ${out.join('  ')}`);
}
