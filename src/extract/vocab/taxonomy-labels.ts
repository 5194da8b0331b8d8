/**
 * Labels that open a line of the page's taxonomy ("Tags: …", "Filed under: …", "Categories: …"): the archive's
 * filing of an article or post, not its text. Lowercase; compiled here. A label is read only with its colon and a
 * space (a wiki's `Category:Portage` link is a page name, not a filing line).
 */
export const TAXONOMY_LABELS: readonly string[] = [
  // en
  'tags', 'tag', 'tagged', 'tagged with', 'tagged as', 'filed under', 'filed in', 'categories', 'category', 'posted in',
  'topics', 'topic', 'related topics', 'keywords',
  // fr
  'étiquettes', 'mots-clés', 'mots clés', 'catégories', 'catégorie', 'classé dans', 'thèmes',
  // de
  'schlagwörter', 'schlagworte', 'stichwörter', 'kategorien', 'kategorie', 'themen',
  // es / pt / it
  'etiquetas', 'categorías', 'categoría', 'archivado en', 'temas', 'categorias', 'categoria', 'marcadores', 'tópicos',
  'categorie', 'argomenti',
];
