/**
 * Blends saved out-of-fold probabilities of several models (train.ts --cv --save-proba) into one file for post.ts:
 * the mean log-odds (what one merged tree ensemble computes) or, with --prob, the mean probability.
 *   npx tsx scripts/text-model/blend.ts OUT A.json B.json [C.json …] [--prob] [--weights 0.3,0.7]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const wi = argv.indexOf('--weights');
const weightArg = wi >= 0 ? argv[wi + 1]!.split(',').map(Number) : null;
const args = argv.filter((a, i) => a !== '--prob' && a !== '--weights' && !(wi >= 0 && i === wi + 1));
const prob = process.argv.includes('--prob');
const [out, ...ins] = args;
const wts = weightArg ?? ins.map(() => 1 / ins.length);
const ps = ins.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, number[]>);
const logit = (p: number): number => { const q = Math.min(1 - 1e-6, Math.max(1e-6, p)); return Math.log(q / (1 - q)); };
const res: Record<string, number[]> = {};
for (const id of Object.keys(ps[0]!)) {
  res[id] = ps[0]![id]!.map((_, i) => {
    if (prob) return ps.reduce((a, p, k) => a + wts[k]! * p[id]![i]!, 0);
    const z = ps.reduce((a, p, k) => a + wts[k]! * logit(p[id]![i]!), 0);
    return Math.round(1e4 / (1 + Math.exp(-z))) / 1e4;
  });
}
writeFileSync(out!, JSON.stringify(res));
console.log(`blended ${ins.length} files into ${out} (${prob ? 'mean probability' : 'mean log-odds'})`);
