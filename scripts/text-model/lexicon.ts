/**
 * The learned word lexicon of the text model (src/extract/text/lexicon.ts): word → smoothed log-odds of
 * "article" over the training lines that hold it, kept only for words seen on pages of ≥ MIN_SITES sites.
 * Training rows get their lexicon columns from lexicons built without their own page group (out of fold), so the
 * model learns how far to trust a lexicon that has not seen the page, as on new pages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lexTokens, lexiconFeatures, LEXICON_NAMES } from '../../src/extract/text/lexicon.js';
import { FEATURE_NAMES, NUM_FEATURES } from '../../src/extract/text/index.js';
import { wordsOf, pickStopList, stopListLang } from '../../src/extract/text/line-stats.js';
import { SHARED, W3M_DIR } from './dataset.js';
import type { PageRows } from './cv.js';

const MIN_SITES = 5;
const MAX_WORDS = 6000;
const SMOOTH = 10;
const COL = (FEATURE_NAMES as readonly string[]).indexOf(LEXICON_NAMES[0]);

export interface LexData { vocab: string[]; tokens: Map<PageRows, Int32Array[]>; site: Map<string, string> }

function siteOf(id: string): string {
  const [set, pid] = id.includes(':') ? id.split(':') as [string, string] : [null, id];
  const f = set ? join(SHARED, 'bench', set, `${pid}.json`) : join(W3M_DIR, `${pid}.json`);
  if (!existsSync(f)) return id;
  const url = (JSON.parse(readFileSync(f, 'utf8')) as { url?: string }).url ?? id;
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return id; }
}

/** Interned tokens of every row's lines, and each page's site. */
export function lexData(rows: PageRows[]): LexData {
  const ids = new Map<string, number>(); const vocab: string[] = [];
  const tokens = new Map<PageRows, Int32Array[]>();
  for (const r of rows) {
    const lang = stopListLang(pickStopList(r.prep.lines));
    tokens.set(r, r.prep.lines.map((l) => Int32Array.from(lexTokens(wordsOf(l.text), l.text, lang), (t) => {
      let k = ids.get(t);
      if (k === undefined) { k = vocab.length; ids.set(t, k); vocab.push(t); }
      return k;
    })));
  }
  const site = new Map<string, string>();
  for (const r of rows) if (!site.has(r.id)) site.set(r.id, siteOf(r.id));
  return { vocab, tokens, site };
}

/** Token id → log-odds, from the given rows. */
export function buildLexicon(d: LexData, rows: PageRows[]): Map<number, number> {
  const V = d.vocab.length;
  const pos = new Float64Array(V); const neg = new Float64Array(V);
  const sites = new Map<number, Set<string>>();
  let P = 0; let N = 0;
  for (const r of rows) {
    const toks = d.tokens.get(r)!; const s = d.site.get(r.id)!;
    for (let i = 0; i < toks.length; i++) {
      const y = r.y[i]!;
      if (y) P++; else N++;
      for (const t of toks[i]!) {
        if (y) pos[t] = pos[t]! + 1; else neg[t] = neg[t]! + 1;
        let ss = sites.get(t);
        if (!ss) sites.set(t, (ss = new Set()));
        if (ss.size < MIN_SITES) ss.add(s);
      }
    }
  }
  const prior = P / Math.max(1, P + N);
  const base = Math.log(prior / (1 - prior));
  const keep = [...sites].filter(([, ss]) => ss.size >= MIN_SITES).map(([t]) => t)
    .sort((a, b) => pos[b]! + neg[b]! - (pos[a]! + neg[a]!) || a - b).slice(0, MAX_WORDS);
  return new Map(keep.map((t) => [t, Math.round((Math.log((pos[t]! + SMOOTH * prior) / (neg[t]! + SMOOTH * (1 - prior))) - base) * 100) / 100]));
}

function fill(d: LexData, r: PageRows, lex: Map<number, number>): void {
  const toks = d.tokens.get(r)!;
  const f = lexiconFeatures(toks, (t: number) => lex.get(t), r.prep.lines.map((l) => l.blankBefore));
  const K = LEXICON_NAMES.length;
  for (let i = 0; i < toks.length; i++) for (let k = 0; k < K; k++) r.x[i * NUM_FEATURES + COL + k] = f[i * K + k]!;
}

/**
 * Fills the lexicon columns: `test` rows from the lexicon of all `train` rows; each train row from the lexicon of
 * the train rows of the other `inner` groups of pages (by page id). Returns the lexicon of all train rows.
 */
export function fillLexicon(d: LexData, train: PageRows[], test: PageRows[], inner = 5): Map<number, number> {
  const ids = [...new Set(train.map((r) => r.id))].sort();
  const group = new Map(ids.map((id, i) => [id, i % inner]));
  for (let g = 0; g < inner; g++) {
    const lex = buildLexicon(d, train.filter((r) => group.get(r.id) !== g));
    for (const r of train) if (group.get(r.id) === g) fill(d, r, lex);
  }
  const all = buildLexicon(d, train);
  for (const r of test) fill(d, r, all);
  return all;
}

/** The lexicon as shipped JSON data (word → log-odds). */
export function lexiconJson(d: LexData, lex: Map<number, number>): string {
  const words: Record<string, number> = {};
  for (const [t, v] of [...lex].sort((a, b) => (d.vocab[a[0]]! < d.vocab[b[0]]! ? -1 : 1))) words[d.vocab[t]!] = v;
  return JSON.stringify({ about: `learned by scripts/text-model/train.ts: word → log-odds of article text vs chrome, words seen on ≥ ${MIN_SITES} sites`, words }) + '\n';
}
