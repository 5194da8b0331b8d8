/** Byline vocabulary: author markers per language, dump header lines, words that are never an author. */

/** A text dump's header line: `date 2026-01-15 Title …`. Group 1 is the date, group 2 the rest. */
export const DATE_HEADER_LINE = /^\s*(?:date|datum|fecha|data|дата|日期)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s*(.*)$/i;

/** Words that introduce an author name (`By Jane Doe`, `Par Espace Presse`, `作者：张三`), any case where noted. */
export const BYLINE_MARKERS: readonly string[] = [
  'By', 'BY', 'by', 'Written by', 'Words by', 'Posted by', 'Reported by', 'Story by',
  'Par', 'PAR', 'par', 'Publié par', 'Rédigé par',
  'Von', 'VON', 'von', 'Autor:', 'Autorin:', 'Verfasst von',
  'Por', 'POR', 'por', 'Escrito por',
  'Di', 'di', 'Autore:',
  'Door', 'door',
  'Av', 'av', 'Af', 'af',
  'Автор:', 'Автор', 'Текст:',
  'Autor', 'Tekst:',
  '作者：', '作者:', '文/', '记者', '編集', '記者',
];

/** Text that looks like an author but is not one. */
export const NOT_AUTHOR = /^(?:admin|administrator|staff|redaktion|rédaction|redacción|redazione|editor|editors|team|guest|anonymous|unknown|null|undefined|none)$/i;
