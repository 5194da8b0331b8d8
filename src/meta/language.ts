/** Language: the script decides CJK/Thai/Hebrew/Greek/Arabic…; otherwise eld's n-gram detector on the body, checked against the declared language. */
import { eld } from 'eld/medium';
import type { HtmlFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { SCRIPT_LANGS, PERSIAN_LETTERS } from './vocab/languages.js';

export interface LanguageInput {
  body: string;
  title: string | null;
  facts: HtmlFacts | null;
  jsonLd: JsonLdFacts | null;
  headers: Record<string, string>;
}

/** Below this many letters the detector is not asked: the declared language (or null) is returned. */
const MIN_LETTERS = 60;
const SAMPLE_CHARS = 3000;

/** Lowercase ISO 639-1 code of a BCP 47 tag or locale (`fr-FR`, `pt_BR`, `zh-Hans`), or null. */
export function normalizeTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().split(/[-_,;\s]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(t)) return null;
  if (t === 'iw') return 'he';
  if (t === 'in') return 'id';
  if (t === 'jp') return 'ja';
  if (t === 'nb' || t === 'nn') return 'no';
  return t.length === 2 ? t : null;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Language decided by the writing system alone, or null for Latin/Cyrillic text (which needs the detector). */
export function languageByScript(sample: string, letters: number): string | null {
  const han = count(sample, /\p{Script=Han}/gu);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const cjk = han + kana + hangul;
  if (cjk > letters * 0.3) {
    if (hangul > (han + kana) * 0.5) return 'ko';
    if (kana > cjk * 0.05) return 'ja';
    return 'zh';
  }
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  if (arabic > letters * 0.5) return count(sample, PERSIAN_LETTERS) > arabic * 0.02 ? 'fa' : 'ar';
  for (const [re, lang] of SCRIPT_LANGS) if (count(sample, re) > letters * 0.5) return lang;
  return null;
}

/** Detects the language of a text; null when it is too short or the detector is not sure. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const byScript = languageByScript(sample, letters);
  if (byScript) return byScript;
  const r = eld.detect(sample);
  if (!r.language || !r.isReliable()) return null;
  return r.language;
}

export function resolveLanguage(input: LanguageInput): string | null {
  const f = input.facts;
  const declared = normalizeTag(f?.htmlLang)
    ?? normalizeTag(f?.metas.get('content-language')?.[0])
    ?? normalizeTag(input.headers['content-language'])
    ?? normalizeTag(f?.metas.get('og:locale')?.[0])
    ?? normalizeTag(input.jsonLd?.language)
    ?? normalizeTag(f?.metas.get('language')?.[0]);
  const detected = detectLanguage(input.body);
  if (detected) return detected;
  // short or mixed text: the page's own declaration, else the title's script, else nothing
  if (declared) return declared;
  const t = input.title ? detectLanguage(input.title.repeat(1)) : null;
  return t;
}
