/**
 * Labels that put a link to another story inside an article ("Read more: ‹headline›", "À LIRE AUSSI ‹headline›",
 * "Lesen Sie auch: ‹headline›", "相关阅读：‹headline›"). A block that is such a label and a linked headline is a
 * related link, not the article's text. Lowercase; compiled in `../html/read-also-lines.ts`.
 *
 * Left out on purpose: a bare "More:" / "Mehr:" and "Watch:" (the truths keep a review's "More: ‹model› Full
 * Review" links and a video's title), and "See also" / "Voir aussi" (a documentation page's own cross references).
 */
export const READ_ALSO_LABELS: readonly string[] = [
  // en
  'read more', 'read also', 'also read', 'read next', 'related', 'related article', 'related articles', 'related story',
  'related stories', 'related reading', 'related content', 'related coverage', 'recommended', 'recommended reading',
  'you may also like', 'you might also like', "don't miss", 'must read', 'more on this', 'more on this story',
  // fr
  'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'lire également', 'à lire', 'sur le même sujet',
  // de
  'lesen sie auch', 'lies auch', 'auch interessant', 'mehr zum thema', 'passend zum thema', 'das könnte sie auch interessieren',
  // es / pt / it
  'lee también', 'lea también', 'leer más', 'te puede interesar', 'le puede interesar', 'noticia relacionada',
  'leia também', 'leia mais', 'veja também', 'leggi anche', 'potrebbe interessarti', 'articolo correlato',
  // ru
  'читайте также', 'также читайте', 'читайте еще', 'читайте ещё', 'по теме',
  // zh / ja / ko
  '相关阅读', '延伸阅读', '推荐阅读', '相關閱讀', '延伸閱讀', '関連記事', 'あわせて読みたい', '관련기사', '관련 기사',
];
