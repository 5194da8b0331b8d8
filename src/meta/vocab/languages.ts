/** Language vocabulary: Unicode script tests, ISO 639-3 → 639-1 codes, and the languages we report. */

/** Unicode blocks of scripts that decide a language at once: [first, last, language]. */
export const SCRIPT_BLOCKS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0e00, 0x0e7f, 'th'],
  [0x0590, 0x05ff, 'he'],
  [0x0370, 0x03ff, 'el'],
  [0x1f00, 0x1fff, 'el'],
  [0x0900, 0x097f, 'hi'],
  [0x10a0, 0x10ff, 'ka'],
  [0x0530, 0x058f, 'hy'],
  [0x0980, 0x09ff, 'bn'],
  [0x0b80, 0x0bff, 'ta'],
  [0x1780, 0x17ff, 'km'],
];

/** Letters found in Persian (and Urdu) but not in Arabic. */
export const PERSIAN_LETTERS = 'پچژگکی';

/** ISO 639-3 / 639-2 codes some detectors return, mapped to ISO 639-1. */
export const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr',
  cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', ara: 'ar', heb: 'he', ell: 'el', swe: 'sv', dan: 'da', fin: 'fi',
  ces: 'cs', hun: 'hu', ron: 'ro', vie: 'vi', ind: 'id', tha: 'th', hin: 'hi', pes: 'fa', fas: 'fa', bul: 'bg', cat: 'ca',
  hrv: 'hr', slk: 'sk', slv: 'sl', lit: 'lt', lvs: 'lv', lav: 'lv', ekk: 'et', est: 'et', nob: 'no', nno: 'nn', srp: 'sr',
  bos: 'bs', zlm: 'ms', msa: 'ms', bel: 'be', kaz: 'kk', azj: 'az', uzn: 'uz', afr: 'af', glg: 'gl', eus: 'eu', sqi: 'sq',
  als: 'sq', mkd: 'mk', isl: 'is', gle: 'ga', cym: 'cy', tgl: 'tl', swh: 'sw', urd: 'ur', ben: 'bn', tam: 'ta', tel: 'te',
};

/** Words that tell Indonesian from Malay (the detector has Malay only; Indonesian is by far the larger web language). */
export const INDONESIAN_WORDS = /\b(?:bisa|karena|sudah|uang|kantor|pemerintah|saat|sangat|juga|tetapi|belum|sejak|bagaimana|tahun|kami|mereka|hanya|anak)\b/gi;
export const MALAY_WORDS = /\b(?:boleh|kerana|wang|pejabat|kerajaan|ialah|semasa|amat|tetapi|belum|sejak|bagaimanapun|mahupun|berkenaan|daripada|beliau)\b/gi;
