/**
 * Labels dump lines for training: a line is article text when its words occur, in order, in the truth body.
 * Lines are aligned to the truth (a heaviest chain of lines whose truth positions increase), and each truth
 * word trigram is used up by the lines it labels, so that a headline printed five times in related lists is
 * labelled once, not five times (the metric counts words with their multiplicity).
 */
import type { DumpLine } from '../../src/extract/text/lines.js';

const TOKEN_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|[\p{L}\p{N}_]+/gu;

export function tokens(s: string): string[] {
  return (s.toLowerCase().match(TOKEN_RE) ?? []) as string[];
}

/** Share of a long line's trigrams that must occur in the truth. */
const MIN_HIT = 0.5;
/** Most alternative truth positions tried per line. */
const MAX_STARTS = 4;

/** Fenwick tree of (best chain weight, node) maxima over truth positions. */
class MaxTree {
  private readonly w: Float64Array; private readonly node: Int32Array;
  constructor(private readonly n: number) { this.w = new Float64Array(n + 1); this.node = new Int32Array(n + 1).fill(-1); }
  /** Best over positions < p. */
  query(p: number): [number, number] {
    let best = 0; let node = -1;
    for (let i = Math.min(p, this.n); i > 0; i -= i & -i) if (this.w[i]! > best) { best = this.w[i]!; node = this.node[i]!; }
    return [best, node];
  }
  update(p: number, w: number, node: number): void {
    for (let i = p + 1; i <= this.n; i += i & -i) if (w > this.w[i]!) { this.w[i] = w; this.node[i] = node; }
  }
}

export function labelLines(lines: ReadonlyArray<Pick<DumpLine, 'text'>>, body: string): Uint8Array {
  const T = tokens(body);
  const triPos = new Map<string, number[]>();
  for (let i = 0; i + 2 < T.length; i++) {
    const k = T[i] + ' ' + T[i + 1] + ' ' + T[i + 2];
    const a = triPos.get(k);
    if (a) a.push(i); else triPos.set(k, [i]);
  }
  const joined = ' ' + T.join(' ') + ' ';
  const squashed = T.join('');
  const truthLines = new Map<string, number>();
  for (const l of body.split(/\n+/)) { const k = tokens(l).join(' '); if (k) truthLines.set(k, (truthLines.get(k) ?? 0) + 1); }
  const n = lines.length;
  const toks = lines.map((l) => tokens(l.text));
  const y = new Uint8Array(n);

  // candidate long lines and the truth positions they align to
  interface Node { line: number; start: number; w: number; prev: number; best: number }
  const nodes: Node[] = [];
  const cand: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.length < 3) continue;
    let hit = 0;
    const starts = new Map<number, number>();
    for (let k = 0; k + 2 < t.length; k++) {
      const pos = triPos.get(t[k] + ' ' + t[k + 1] + ' ' + t[k + 2]);
      if (!pos) continue;
      hit++;
      for (let q = 0; q < pos.length && q < 64; q++) { const s = Math.max(0, pos[q]! - k); starts.set(s, (starts.get(s) ?? 0) + 1); }
    }
    if (hit / (t.length - 2) < MIN_HIT) continue;
    cand[i] = true;
    const top = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const cut = top[0]![1] * 0.5;
    for (const [s, c] of top.slice(0, MAX_STARTS)) if (c >= cut) nodes.push({ line: i, start: s, w: t.length, prev: -1, best: 0 });
  }
  // heaviest chain with increasing truth positions (one node per line)
  const ft = new MaxTree(T.length + 1);
  let bestEnd = -1; let bestW = 0;
  for (let a = 0; a < nodes.length;) {
    let b = a;
    while (b < nodes.length && nodes[b]!.line === nodes[a]!.line) b++;
    for (let q = a; q < b; q++) {
      const nd = nodes[q]!;
      const [w, prev] = ft.query(nd.start);
      nd.best = w + nd.w; nd.prev = prev;
      if (nd.best > bestW) { bestW = nd.best; bestEnd = q; }
    }
    for (let q = a; q < b; q++) ft.update(nodes[q]!.start, nodes[q]!.best, q);
    a = b;
  }
  const onChain = new Set<number>();
  for (let q = bestEnd; q >= 0; q = nodes[q]!.prev) onChain.add(nodes[q]!.line);

  // truth trigrams are used up by the lines they label: chain lines first, then the others in page order
  const left = new Map<string, number>();
  for (const [k, v] of triPos) left.set(k, v.length);
  const take = (i: number, force: boolean): boolean => {
    const t = toks[i]!;
    const keys: string[] = [];
    for (let k = 0; k + 2 < t.length; k++) keys.push(t[k] + ' ' + t[k + 1] + ' ' + t[k + 2]);
    const avail = keys.filter((k) => (left.get(k) ?? 0) > 0).length;
    if (!force && avail / keys.length < MIN_HIT) return false;
    for (const k of keys) { const c = left.get(k) ?? 0; if (c > 0) left.set(k, c - 1); }
    return true;
  };
  for (const i of onChain) { take(i, true); y[i] = 1; }
  for (let i = 0; i < n; i++) if (cand[i] && !onChain.has(i) && take(i, false)) y[i] = 1;

  // short lines: a whole truth line (as often as the truth has it), or found in the truth next to article lines
  const shortCand: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (!t.length || t.length >= 3) continue;
    const s = t.join(' ');
    const c = truthLines.get(s) ?? 0;
    if (c > 0) { y[i] = 1; truthLines.set(s, c - 1); } else if (joined.includes(' ' + s + ' ') || (s.length >= 6 && squashed.includes(t.join('')))) shortCand.push(i);
  }
  for (const i of shortCand) {
    let near = false;
    for (let k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) if (k !== i && y[k] && toks[k]!.length >= 3) near = true;
    if (near) y[i] = 1;
  }
  return y;
}
