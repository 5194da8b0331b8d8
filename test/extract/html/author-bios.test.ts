/** An article's author box ("About the author" and the bio under it) leaves; a shop's book page keeps it. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { dropAuthorBios, isAuthorBioHeading } from '../../../src/extract/html/author-bios.js';

const page = '<html><body><article><h1>How index funds work</h1><h3>About the Author</h3>'
  + '<p>Matt Lee is a contributing analyst who covers real estate and banks, and has written about markets since 2012.</p>'
  + '<p>The site has a disclosure policy.</p>'
  + '<p>An index fund tracks a financial index, such as the S&amp;P 500, and lets you invest in all of its companies at once.</p>'
  + '<h2>Why buy one</h2><p>Fees are low, because nobody has to pick the stocks.</p></article></body></html>';

function run(pageType: string | null): string[] {
  const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
  const keep = blocks.map(() => true);
  dropAuthorBios(blocks, keep, pageType, () => {});
  return blocks.filter((_, i) => keep[i]).map((b) => b.text.slice(0, 30));
}

describe('dropAuthorBios', () => {
  it('drops the heading and the two blocks of the box on an article, and the article after it stays', () => {
    expect(run('article')).toEqual(['How index funds work', 'An index fund tracks a financi', 'Why buy one', 'Fees are low, because nobody h']);
  });

  it('leaves the box on pages of other types (a book page in a shop)', () => {
    expect(run('product')).toHaveLength(7);
  });

  it('reads the heading in several languages, with a colon, and nothing longer', () => {
    for (const t of ['About the author', 'ABOUT THE AUTHORS:', 'Über den Autor', 'À propos de l’auteur', 'Sobre el autor']) expect(isAuthorBioHeading(t), t).toBe(true);
    for (const t of ['About the authority that runs the port', 'Author', 'About us']) expect(isAuthorBioHeading(t), t).toBe(false);
  });
});
