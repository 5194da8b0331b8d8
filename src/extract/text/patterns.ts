/** Regular expressions that recognise kinds of dump lines: bullets, dates, counters, links, separators. */
import { CJK_CLASS } from '../vocab/cjk.js';

/** A list bullet at the start of a line (•, -, *, □, numbered items are not bullets). */
export const BULLET_RE = /^(?:[•◦▪▫■□●○·‣⁃∙◆◇►▸▹➤→*+](?!\p{M})|[-–—](?=\s))\s*/u;

/** CJK ideographs, kana and hangul: each counts as one word. */
export const CJK_RE = new RegExp(`[${CJK_CLASS}]`, 'gu');
/** Words of non-CJK scripts. */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** A table row as text browsers print tables: cells set apart by runs of spaces (a tab becomes four). */
export const TABLE_ROW_RE = /\S {2,}\S/u;

export const SENTENCE_END_RE = /[.!?。！？…]["'”»)）」』]*$/u;
export const SENTENCE_PUNCT_RE = /[.!?。！？;；]/gu;
export const COMMA_RE = /[,，、;；]/gu;

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|janvier|février|fevrier|avril|juillet|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
/** A date (numeric, with a month name, or CJK) somewhere in a line. */
export const DATE_RE = new RegExp(
  String.raw`(?:\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\.?\s+(?:${MONTHS})\.?,?\s+\d{4}\b|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b)`,
  'iu',
);
export const TIME_RE = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|h)?\b/iu;
/** A line that is only a number, a counter (`12 comments`, `1.2k`, `691164文章数`) or punctuation. */
export const COUNTER_RE = /^[\s\d.,:%kKmM+×x/|()·•-]*(?:[\p{L}\u4e00-\u9fff]{0,12})?[\s\d.,:%kKmM+()]*$/u;
/** The top-level-domain tail of a bare domain (`example.com`): a quick test before URL_RE. */
export const DOMAIN_TAIL_RE = /\.(?:com|org|net|de|fr|uk|io)\b/giu;
export const URL_RE = /https?:\/\/|\bwww\.|[\w.-]{1,64}@[\w-]{1,63}\.\w{2,}|\b[\w-]{1,63}\.(?:com|org|net|de|fr|uk|io)\b/iu;
/** Separators used in breadcrumbs and menus printed on one line. */
export const SEPARATOR_RE = /\s[|»›>/·•]\s|»|›|\s\|\s/gu;
export const COPYRIGHT_RE = /©|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|版权所有|著作権|無断転載/iu;
/** `[image]`, `[IMG]`, `Image: …` placeholders that text browsers print. */
export const PLACEHOLDER_RE = /^\[(?:image|img|icon|photo|button|submit|\s*\]|[^\]]{0,30}\.(?:png|jpe?g|gif|svg|webp))[^\]]*\]$|^\[\s*(?:submit|search|go|ok)\s*\]|^(?:image|photo|picture|foto|bild|image \d+)\s*:/iu;
/** Text browsers' own headers (`Link: canonical`) and form widgets (`[ Submit ]`, `[_____]`, `( ) option`). */
export const WIDGET_RE = /^link:\s|\[\s*\w*\s*\]|_{4,}|^\(\s?[x*]?\s?\)\s|^\[[x ]?\]\s/iu;
/** A scraper's header line: `date 2026-01-15 <title>`. */
export const HEADER_LINE_RE = /^date\s+\d{4}-\d{2}-\d{2}(?:[T ][\d:]+(?:Z|[+-]\d{2}:?\d{2})?)?\s+(.*)$/iu;
/** A price: a currency sign or code next to a number (`$19.99`, `€17`, `12,50 €`, `EUR 40`). */
export const PRICE_RE = /(?:[$€£¥₹₩]|\b(?:usd|eur|gbp|chf|cad|aud|rs\.?|kr|sek|nok|dkk|zł|pln|r\$)\s?)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€$£¥₽₹]|\b(?:eur|usd|gbp|chf|kr|zł|kč|руб)\b)/iu;

// html2text's marks in the text itself (text-markup.ts)
/**
 * A whole line that is one capitalised link's text with underscores for spaces (a menu entry: `_How_It_Works`,
 * `Skip_to_content`); identifiers in code are lower-case or all capitals (`parking_lot`, `MAX_SIZE`).
 */
export const UNDERSCORED_LINE_RE = /^[ \t]*(?:[*o+#-][ \t]+)?_?\p{Lu}\p{Ll}+(?:_[\p{L}\p{N}'’&.-]+)+_?[ \t]*$/gmu;
/**
 * An underscore between two words (captured: → a space) or at a word's edge (→ nothing); not a `____` form field
 * or a rule.
 */
export const LINK_UNDERSCORE_RE = /(?<=[\p{L}\p{N}'’)])(_{1,2})(?=[\p{L}\p{N}'‘(])|(?<=^|[\s[(])_(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])_(?=[\s\]),.;:!?]|$)/gmu;
/** A heading line between runs of three or more asterisks. */
export const STARRED_HEADING_RE = /^([ \t]*)\*{3,}[ \t]+(.+?)[ \t]+\*{3,}[ \t]*$/gmu;

// the link numbering of text browsers run without -nolist (lynx, elinks: `[14]Topics` … `References` / `1. https://…`)
/** A link number glued before the link's text (`[14]Topics`); not a citation after a word (`city.[12]`, `worker [1], [2].`). */
export const LINK_NUMBER_RE = /(?<=^|[\s(#])\[\d{1,5}\](?=[\p{L}\p{N}"'“‘(\[])/gmu;
/** The heading of the appended list of link targets. */
export const REFERENCES_HEADING_RE = /^[ \t]*References[ \t]*$/gmu;
/** A line of that list: `1. https://…`, `Visible links:`, `Hidden links:`. */
export const REFERENCE_LINE_RE = /^[ \t]*(?:\d{1,5}\.[ \t]+\S+|(?:Visible|Hidden) links:?)[ \t]*$/u;

// Markdown, as converters write a page (html2text for Python, crawlers' "markdown" output)
/** A Markdown link or image target: `](https://…)`, `](/path "title")`; counted to tell a Markdown dump. */
export const MD_LINK_TARGET_RE = /\]\((?:https?:\/\/|\/|#|mailto:|\.\.?\/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+"[^"\n]*")?\)/gu;
/** An image: `![alt](target)`, gone whole (a text browser prints no picture either). */
export const MD_IMAGE_RE = /!\[[^\]\n]*\]\([^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+"[^"\n]*")?\)/gu;
/** A link: `[text](target)` → its text. */
export const MD_LINK_RE = /\[([^\]\n]*)\]\([^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+"[^"\n]*")?\)/gu;
/** A heading's hashes: `## Title` → `Title`. */
export const MD_HEADING_RE = /^([ \t]*)#{1,6}[ \t]+/gmu;
/** Strong emphasis marks around a text: `**text**`, `__text__`. */
export const MD_STRONG_RE = /(\*\*|__)(?=\S)([^\n]*?\S)\1/gu;
/** A rule line: `* * *`, `---`. */
export const MD_RULE_RE = /^[ \t]*(?:\*[ \t]*\*[ \t]*\*[ *\t]*|-{3,}|_{3,})[ \t]*$/gmu;
/** A backslash escape of Markdown punctuation: `1\.`, `\-`, `\_`. */
export const MD_ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|>~])/gu;

/** Where a one-line dump is cut (one-line.ts): after a sentence end, before what starts the next sentence. */
export const SENTENCE_BREAK_RE = /(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}\p{Lo}"“(])|(?<=[。！？])(?=\S)/gu;
