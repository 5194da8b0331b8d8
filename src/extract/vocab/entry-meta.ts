/**
 * Openings of the filing line that blog themes print under a post ("This entry was posted in News and tagged
 * Budget. Bookmark the permalink."): WordPress's default themes in English and the wording of their translations,
 * compiled for unchrome. Lowercase, straight apostrophes.
 */
export const ENTRY_META_OPENINGS: readonly string[] = [
  // en
  'this entry was posted in', 'this entry was posted on', 'this entry was filed under', 'this entry was tagged',
  'this post was posted in', 'this article was posted in',
  // de
  'dieser eintrag wurde veröffentlicht in', 'dieser eintrag wurde in', 'dieser eintrag wurde am', 'dieser eintrag wurde unter',
  'dieser beitrag wurde veröffentlicht in', 'dieser beitrag wurde in', 'dieser beitrag wurde am', 'dieser beitrag wurde unter',
  // fr
  'ce contenu a été publié dans', 'ce contenu a été publié le', 'cette entrée a été publiée dans', 'cette entrée a été publiée le',
  'cet article a été publié dans',
  // es / pt / it / nl
  'esta entrada fue publicada en', 'esta entrada se publicó en', 'esta entrada foi publicada em', 'esse post foi publicado em',
  'este post foi publicado em', 'este artigo foi publicado em', 'questa voce è stata pubblicata in', 'questo articolo è stato pubblicato in',
  'dit bericht werd geplaatst in', 'dit bericht is geplaatst in', 'dit item is geplaatst in',
];
