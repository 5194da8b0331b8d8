/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and by package/file, to find
 * the hotspots of the per-page path. Usage: tsx bench/profile-summary.ts FILE.cpuprofile [--top N]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function where(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  return url ? url.replace(/^.*\//, '') : '(native/gc)';
}

/** Prints self time by package/file and by function. */
export function summarize(file: string, top = 25): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const w = where(n.callFrame.url);
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${w}:${n.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    pkg.set(w, (pkg.get(w) ?? 0) + us);
  }
  const show = (title: string, m: Map<string, number>): void => {
    console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  show('self time by package / source file', pkg);
  show('self time by function', fn);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const file = process.argv[2];
  if (!file) { console.error('usage: profile-summary FILE.cpuprofile [--top N]'); process.exit(2); }
  summarize(file, Number(process.argv[process.argv.indexOf('--top') + 1]) || 25);
}
