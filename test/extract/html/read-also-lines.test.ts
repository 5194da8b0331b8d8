/** "Read also" lines (a label and a linked headline inside an article) leave as related; sentences and unlinked labels stay. */
import { describe, it, expect } from 'vitest';
import { cleanArticleWith, STORY } from './news-article.js';

const body = (inner: string): ReturnType<typeof cleanArticleWith> => cleanArticleWith(inner, 'middle');

describe('"read also" lines inside an article', () => {
  it('leave as related when the label introduces a linked headline, in several languages', () => {
    for (const line of [
      'READ MORE: <a href="/city/tram-plans">Council unveils tram plans for the north</a>',
      'Related: <a href="/city/night-fares">Night fares to rise by ten cents</a>',
      'À LIRE AUSSI <a href="/ville/metro">Le métro prolongé jusqu’à la gare du Nord</a>',
      'Lesen Sie auch: <a href="/stadt/tram">Neue Straßenbahn für den Norden</a>',
      '相关阅读：<a href="/city/bus">夜间公交线路延长至北部三区</a>',
    ]) {
      const r = body(`<p>${line}</p>`);
      const headline = line.replace(/<[^>]+>/g, '').replace(/^[^:：]*[:：]\s*|^(À LIRE AUSSI) /, '');
      expect(r.body, line).toContain(STORY);
      expect(r.body, line).not.toContain(headline);
      expect(r.removed.some((x) => x.reason === 'related' && x.text.includes(headline)), line).toBe(true);
    }
  });

  it('stay when the label opens a sentence or the headline is not a link', () => {
    for (const [line, kept] of [
      ['Read more about the <a href="/report">council’s transport report</a> and its twelve recommendations for the districts.', 'Read more about'],
      ['Related: the council also discussed the parking fees for residents of the old town.', 'parking fees'],
      ['Lesen Sie auch <a href="/stadt/tram">die Stellungnahme der Verkehrsbetriebe</a>', 'Stellungnahme'],
    ] as const) {
      const r = body(`<p>${line}</p>`);
      expect(r.body, line).toContain(kept);
    }
  });
});
