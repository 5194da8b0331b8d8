/**
 * Date benchmark: runs clean() over a benchmark set and prints date_acc / date_wrong (evaluate.py's definitions),
 * plus the metadata stage's own time per page.
 * usage: npx tsx bench/dates.ts [SETDIR] [--half a|b] [--out DIR] [--misses]
 *   --half a|b  the tuning half (a) or the held-out half (b) of the set (split by page id); default all
 *   --out DIR   also writes <id>.json predictions for evaluate.py
 *   --misses    lists the pages whose date is wrong or missing
 *   --no-updated  runs with updatedDates: false (no "last updated" fallback)
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { clean } from '../src/index.js';
import { parseHtml } from '../src/dom/index.js';
import { collectHtmlFacts, resolveMetadata } from '../src/meta/index.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const setDir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && args[i - 1] !== '--misses')) ?? '/work/shared/bench/dates-dev';
const half = opt('--half');
const outDir = opt('--out');
const showMisses = args.includes('--misses');

/** Stable split: ids starting 0–7 are the tuning half (a), 8–f the held-out half (b). */
function inHalf(id: string): boolean {
  if (!half) return true;
  const a = parseInt(id[0]!, 16) < 8;
  return half === 'a' ? a : !a;
}

const ids = readdirSync(setDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter(inHalf).sort();
if (outDir && !existsSync(outDir)) mkdirSync(outDir, { recursive: true });
let n = 0, ok = 0, wrong = 0, none = 0, failed = 0;
let cleanMs = 0, metaMs = 0;
const bySource = new Map<string, { ok: number; wrong: number }>();
const misses: string[] = [];
for (const id of ids) {
  const truth = JSON.parse(readFileSync(join(setDir, `${id}.json`), 'utf8')) as { url?: string; date?: string };
  const htmlPath = join(setDir, `${id}.html.gz`);
  const txtPath = join(setDir, `${id}.txt`);
  const raw: Uint8Array | string = existsSync(htmlPath) ? gunzipSync(readFileSync(htmlPath)) : readFileSync(txtPath, 'utf8');
  let date: string | null = null, source: string | null = null, language: string | null = null, title: string | null = null;
  try {
    const t0 = performance.now();
    const r = clean({ body: raw, url: truth.url }, { url: truth.url, updatedDates: !args.includes('--no-updated') });
    cleanMs += performance.now() - t0;
    date = r.date; source = `${r.dateSource}/${r.dateConfidence}`; language = r.language; title = r.title;
    if (typeof raw !== 'string') {
      const doc = parseHtml(r.encoding === 'utf-8' ? Buffer.from(raw).toString('utf8') : Buffer.from(raw).toString('latin1'));
      const t1 = performance.now();
      const facts = collectHtmlFacts(doc, { url: truth.url ?? null, headers: {} });
      resolveMetadata({ format: 'html', facts, url: truth.url ?? null, headers: {}, extraction: { blocks: [], html: '', title: null, paywall: { detected: false, text: null }, pageType: null, pageTypeConfidence: null, bylineZone: [] }, body: r.body, removedText: [], overrides: {} });
      metaMs += performance.now() - t1;
    }
    if (outDir) writeFileSync(join(outDir, `${id}.json`), JSON.stringify({ body: r.body, date, language, title }));
  } catch (e) {
    failed++;
    if (outDir) writeFileSync(join(outDir, `${id}.json`), JSON.stringify({ body: '', date: null }));
    misses.push(`${id} ERROR ${(e as Error).message}`);
  }
  if (!truth.date) continue;
  n++;
  const got = date ? date.slice(0, 10) : null;
  const s = bySource.get(source ?? 'none') ?? { ok: 0, wrong: 0 };
  if (got === truth.date) { ok++; s.ok++; }
  else if (got) { wrong++; s.wrong++; misses.push(`${id} WRONG got=${got} (${source}) want=${truth.date} ${truth.url ?? ''}`); }
  else { none++; misses.push(`${id} NONE want=${truth.date} ${truth.url ?? ''}`); }
  bySource.set(source ?? 'none', s);
}
const f = (x: number): string => x.toFixed(3);
console.log(`set=${setDir.split('/').filter(Boolean).pop()} half=${half ?? 'all'} pages=${ids.length} dated=${n} date_acc=${f(ok / n)} date_wrong=${f(wrong / n)} date_none=${f(none / n)} errors=${failed}`);
console.log(`by source: ${[...bySource.entries()].map(([k, v]) => `${k} ${v.ok}/${v.ok + v.wrong}`).join(', ')}`);
console.log(`time: clean() ${f(cleanMs / ids.length)} ms/page, metadata stage (facts + resolve) ${f(metaMs / ids.length)} ms/page`);
if (showMisses) for (const m of misses) console.log(m);
