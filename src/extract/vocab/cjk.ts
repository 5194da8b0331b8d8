/**
 * The characters of scripts written without spaces between words (kana, CJK ideographs and their
 * compatibility forms, Hangul syllables): each one counts as a word when measuring text. Data only.
 */
export const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
