/**
 * Labels that invite the reader to follow the site on social networks ("Follow us", "Folgen Sie uns"), and the
 * words that lead from such a label to the networks ("on", "auf"): a line that is only the label, or the label and
 * the networks' names, is the site's furniture. Lowercase; compiled in `../html/follow-lines.ts`.
 */
export const FOLLOW_LABELS: readonly string[] = [
  // en
  'follow us', 'connect with us', 'find us', 'like us',
  // de
  'folgen sie uns', 'folge uns', 'folgt uns',
  // fr / es / pt / it
  'suivez-nous', 'retrouvez-nous', 'síguenos', 'siga-nos', 'seguici',
];

export const FOLLOW_PREPOSITIONS: readonly string[] = ['on', 'auf', 'bei', 'sur', 'en', 'no', 'na', 'em', 'su'];
