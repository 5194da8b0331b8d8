/**
 * Charset label vocabulary: WHATWG Encoding Standard labels mapped to the iconv-lite name we decode with.
 * The WHATWG rules that matter for real pages: `iso-8859-1`, `latin1` and `ascii` mean windows-1252;
 * `gb2312` and `x-gbk` mean gbk; `utf-16` in a <meta> means utf-8 (a readable meta cannot be UTF-16).
 */

/** Label (lowercase, trimmed) → iconv-lite encoding name. Labels not listed are looked up in iconv-lite. */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  // windows-1252 family (WHATWG: all these labels decode as windows-1252)
  'ascii': 'windows-1252', 'us-ascii': 'windows-1252', 'ansi_x3.4-1968': 'windows-1252', 'iso-ir-100': 'windows-1252',
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'iso88591': 'windows-1252', 'iso_8859-1': 'windows-1252',
  'iso_8859-1:1987': 'windows-1252', 'l1': 'windows-1252', 'latin1': 'windows-1252', 'latin-1': 'windows-1252',
  'cp1252': 'windows-1252', 'cp819': 'windows-1252', 'ibm819': 'windows-1252', 'x-cp1252': 'windows-1252',
  'csisolatin1': 'windows-1252', 'windows-1252': 'windows-1252',
  // latin-9 and latin-5 have their own windows superset per WHATWG
  'iso-8859-9': 'windows-1254', 'latin5': 'windows-1254', 'iso-8859-11': 'windows-874', 'tis-620': 'windows-874',
  // Chinese
  'gb2312': 'gbk', 'gb_2312': 'gbk', 'gb_2312-80': 'gbk', 'csgb2312': 'gbk', 'chinese': 'gbk', 'x-gbk': 'gbk',
  'iso-ir-58': 'gbk', 'cp936': 'gbk', 'ms936': 'gbk', 'windows-936': 'gbk', 'gbk': 'gbk', 'gb18030': 'gb18030',
  'big5': 'big5', 'big5-hkscs': 'big5hkscs', 'cn-big5': 'big5', 'csbig5': 'big5', 'x-x-big5': 'big5', 'cp950': 'big5',
  // Japanese
  'shift_jis': 'shift_jis', 'shift-jis': 'shift_jis', 'sjis': 'shift_jis', 'x-sjis': 'shift_jis', 'ms_kanji': 'shift_jis',
  'csshiftjis': 'shift_jis', 'windows-31j': 'shift_jis', 'cp932': 'shift_jis', 'ms932': 'shift_jis',
  'euc-jp': 'euc-jp', 'x-euc-jp': 'euc-jp', 'cseucpkdfmtjapanese': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp', 'csiso2022jp': 'iso-2022-jp',
  // Korean
  'euc-kr': 'euc-kr', 'cseuckr': 'euc-kr', 'ks_c_5601-1987': 'euc-kr', 'ks_c_5601-1989': 'euc-kr', 'ksc5601': 'euc-kr',
  'ksc_5601': 'euc-kr', 'korean': 'euc-kr', 'iso-ir-149': 'euc-kr', 'windows-949': 'euc-kr', 'cp949': 'euc-kr',
  // Cyrillic
  'koi8-r': 'koi8-r', 'koi8_r': 'koi8-r', 'koi': 'koi8-r', 'koi8': 'koi8-r', 'cskoi8r': 'koi8-r',
  'koi8-u': 'koi8-u', 'koi8-ru': 'koi8-u', 'cp1251': 'windows-1251', 'x-cp1251': 'windows-1251',
  // Unicode
  'utf8': 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8', 'unicode20utf8': 'utf-8',
  'x-unicode20utf8': 'utf-8', 'unicode': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'ucs-2': 'utf-16le',
  'utf-16be': 'utf-16be', 'unicodefffe': 'utf-16be',
};

/** Encodings that are a family of one another for our purposes: text decoded with either reads the same. */
export const CHARSET_FAMILY: Readonly<Record<string, string>> = {
  'gbk': 'zh-hans', 'gb18030': 'zh-hans',
  'big5': 'zh-hant', 'big5hkscs': 'zh-hant',
  'shift_jis': 'ja', 'euc-jp': 'ja', 'iso-2022-jp': 'ja',
  'euc-kr': 'ko',
};

/** Multi-byte legacy encodings: bytes that do not fit them show up as U+FFFD when decoded, so they can be checked. */
export const MULTIBYTE_CHARSETS: ReadonlySet<string> = new Set(['gbk', 'gb18030', 'big5', 'big5hkscs', 'shift_jis', 'euc-jp', 'euc-kr']);

/**
 * Pairs of single-byte charsets that differ in a handful of code points (an ISO-8859 part and its Windows
 * superset): a page declaring one and sniffed as the other keeps its declaration.
 */
export const NEAR_CHARSETS: ReadonlyArray<readonly [string, string]> = [
  ['iso-8859-2', 'windows-1250'], ['iso-8859-5', 'windows-1251'], ['iso-8859-7', 'windows-1253'],
  ['iso-8859-8', 'windows-1255'], ['iso-8859-8-i', 'windows-1255'], ['iso-8859-13', 'windows-1257'],
  ['iso-8859-15', 'windows-1252'], ['iso-8859-9', 'windows-1254'], ['koi8-r', 'koi8-u'],
  ['gbk', 'gb18030'], ['big5', 'big5hkscs'],
];

/** Charsets never used to decode a page (WHATWG forbids them: UTF-7 turns plain ASCII into markup, a classic XSS trick). */
export const REFUSED_CHARSETS: ReadonlySet<string> = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'csunicode11utf7', 'utf-7-imap', 'utf7imap', 'x-imap4-modified-utf7', 'cesu-8', 'cesu8', 'bocu-1', 'scsu', 'hz-gb-2312', 'x-user-defined', 'replacement']);
