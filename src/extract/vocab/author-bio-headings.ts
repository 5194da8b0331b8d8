/**
 * Headings of the author's box an article closes (or opens) with: "About the author", "Über den Autor". Lowercase,
 * without the trailing colon; compiled in ../html/author-bios.ts.
 */
export const AUTHOR_BIO_HEADINGS: readonly string[] = [
  'about the author', 'about the authors', 'about the writer', 'about the contributor', 'author bio', 'author biography',
  'über den autor', 'über die autorin', 'über die autoren', 'à propos de l\'auteur', 'à propos de l\'autrice',
  'sobre el autor', 'sobre la autora', 'sobre o autor', 'sobre a autora', 'l\'autore', 'over de auteur',
];
