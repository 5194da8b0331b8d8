/** Language: the script decides CJK/Thai/Hebrew/Greek/Arabic…; otherwise eld's n-gram detector on the body; the declared language when the text is too short. */
import { eld } from 'eld/small';
import type { HtmlFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { SCRIPT_BLOCKS, PERSIAN_LETTERS, INDONESIAN_WORDS, MALAY_WORDS } from './vocab/languages.js';

export interface LanguageInput {
  body: string;
  title: string | null;
  facts: HtmlFacts | null;
  jsonLd: JsonLdFacts | null;
  headers: Record<string, string>;
}

/** Below this many letters the detector is not asked: the declared language (or null) is returned. */
const MIN_LETTERS = 60;
/** A script that decides the language alone (CJK, Thai, Hebrew …) needs fewer: its letters carry more. */
const MIN_SCRIPT_LETTERS = 12;
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

interface ScriptCounts { letters: number; han: number; kana: number; hangul: number; arabic: number; persian: number; blocks: Map<string, number> }

/** Counts letters per script in one pass over the sample. */
export function countScripts(sample: string): ScriptCounts {
  const c: ScriptCounts = { letters: 0, han: 0, kana: 0, hangul: 0, arabic: 0, persian: 0, blocks: new Map() };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x41) continue;
    if (code < 0x250) { if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code >= 0xc0) c.letters++; continue; }
    if (code >= 0x4e00 && code <= 0x9fff) { c.han++; c.letters++; continue; }
    if (code >= 0x3040 && code <= 0x30ff) { c.kana++; c.letters++; continue; }
    if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) { c.hangul++; c.letters++; continue; }
    if (code >= 0x0600 && code <= 0x06ff) {
      c.arabic++; c.letters++;
      if (PERSIAN_LETTERS.includes(sample[i]!)) c.persian++;
      continue;
    }
    if (/\p{L}/u.test(sample[i]!)) {
      c.letters++;
      for (const [lo, hi, lang] of SCRIPT_BLOCKS) if (code >= lo && code <= hi) { c.blocks.set(lang, (c.blocks.get(lang) ?? 0) + 1); break; }
    }
  }
  return c;
}

/** Language decided by the writing system alone, or null for Latin/Cyrillic text (which needs the detector). */
export function languageByScript(c: ScriptCounts): string | null {
  const cjk = c.han + c.kana + c.hangul;
  if (cjk > c.letters * 0.3) {
    if (c.hangul > (c.han + c.kana) * 0.5) return 'ko';
    if (c.kana > cjk * 0.05) return 'ja';
    return 'zh';
  }
  if (c.arabic > c.letters * 0.5) return c.persian > c.arabic * 0.02 ? 'fa' : 'ar';
  for (const [lang, n] of c.blocks) if (n > c.letters * 0.5) return lang;
  return null;
}

/** Detects the language of a text; null when it is too short or the detector is not sure. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = countScripts(sample);
  if (counts.letters < MIN_SCRIPT_LETTERS) return null;
  const byScript = languageByScript(counts);
  if (byScript) return byScript;
  if (counts.letters < MIN_LETTERS) return null;
  const r = eld.detect(sample);
  if (!r.language || !r.isReliable()) return null;
  if (r.language === 'ms') return count(sample, MALAY_WORDS) > count(sample, INDONESIAN_WORDS) ? 'ms' : 'id';
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
