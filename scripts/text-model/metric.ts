/** WCXB's page metric (lowercase \w+ bag-of-words F1), as /work/shared/bench/evaluate.py computes it. */
export function wcxbWords(t: string): string[] {
  return (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) as string[];
}

export function wcxbF1(pred: string, ref: string): { p: number; r: number; f1: number } {
  const pt = wcxbWords(pred); const rt = wcxbWords(ref);
  if (!rt.length) return pt.length ? { p: 0, r: 0, f1: 0 } : { p: 1, r: 1, f1: 1 };
  if (!pt.length) return { p: 0, r: 0, f1: 0 };
  const c = new Map<string, number>();
  for (const w of rt) c.set(w, (c.get(w) ?? 0) + 1);
  let o = 0;
  for (const w of pt) { const k = c.get(w) ?? 0; if (k > 0) { o++; c.set(w, k - 1); } }
  const p = o / pt.length; const r = o / rt.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
