/** Language vocabulary: Unicode script tests, ISO 639-3 → 639-1 codes, and the languages we report. */

/** Scripts that decide a language at once (after Han/kana/Hangul, which are handled together). */
export const SCRIPT_LANGS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Khmer}/gu, 'km'],
];

/** Letters found in Persian (and Urdu) but not in Arabic. */
export const PERSIAN_LETTERS = /[پچژگکی]/g;

/** ISO 639-3 / 639-2 codes some detectors return, mapped to ISO 639-1. */
export const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr',
  cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', ara: 'ar', heb: 'he', ell: 'el', swe: 'sv', dan: 'da', fin: 'fi',
  ces: 'cs', hun: 'hu', ron: 'ro', vie: 'vi', ind: 'id', tha: 'th', hin: 'hi', pes: 'fa', fas: 'fa', bul: 'bg', cat: 'ca',
  hrv: 'hr', slk: 'sk', slv: 'sl', lit: 'lt', lvs: 'lv', lav: 'lv', ekk: 'et', est: 'et', nob: 'no', nno: 'nn', srp: 'sr',
  bos: 'bs', zlm: 'ms', msa: 'ms', bel: 'be', kaz: 'kk', azj: 'az', uzn: 'uz', afr: 'af', glg: 'gl', eus: 'eu', sqi: 'sq',
  als: 'sq', mkd: 'mk', isl: 'is', gle: 'ga', cym: 'cy', tgl: 'tl', swh: 'sw', urd: 'ur', ben: 'bn', tam: 'ta', tel: 'te',
};
