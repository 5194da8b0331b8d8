/**
 * A short news article for the phrase-rule tests: four paragraphs about night buses, with the block under test
 * inside it (after the second paragraph, or after the last). `STORY` is a phrase of the article's own text.
 */
import { clean } from '../../../src/index.js';

export const STORY = 'night bus network';
const P = `<p>The city council voted on Tuesday to extend the ${STORY} to the three northern districts, starting in the spring.</p>`;

/** `clean()` on the article with `inner` in it (`at: 'middle'` puts it between the paragraphs), Readability not consulted. */
export function cleanArticleWith(inner: string, at: 'middle' | 'end' = 'end'): ReturnType<typeof clean> {
  const paragraphs = at === 'middle' ? `${P.repeat(2)}${inner}${P.repeat(2)}` : `${P.repeat(4)}${inner}`;
  const html = `<html><body><article><h1>Night buses</h1>${paragraphs}</article></body></html>`;
  return clean(html, { url: 'https://news.example/city/night-buses', readability: 'never' });
}
