/** A blog theme's filing line under a post ("This entry was posted in … Bookmark the permalink.") leaves the body; prose that starts alike stays. */
import { describe, it, expect } from 'vitest';
import { isEntryMeta } from '../../../src/extract/html/entry-meta.js';
import { clean } from '../../../src/index.js';

describe('isEntryMeta', () => {
  it('reads the filing line of WordPress themes and its translations', () => {
    for (const t of [
      'This entry was posted in Allgemein. Bookmark the permalink.',
      'This entry was posted on Tuesday, March 4th, 2008 at 10:12 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.',
      'Dieser Eintrag wurde veröffentlicht in Inland, Politik und getaggt mit Haushalt am 11. Dezember 2012 von Mathias.',
      'Dieser Beitrag wurde unter Allgemein veröffentlicht. Setze ein Lesezeichen auf den Permalink.',
      'Ce contenu a été publié dans Actualités, avec comme mot(s)-clé(s) budget. Vous pouvez le mettre en favoris avec ce permalien.',
      'Esta entrada fue publicada en Noticias y etiquetada presupuesto. Guarda el enlace permanente.',
      'Questa voce è stata pubblicata in Notizie e contrassegnata con bilancio. Contrassegna il permalink.',
    ]) expect(isEntryMeta(t), t).toBe(true);
  });

  it('leaves prose, other lines and a long paragraph that starts alike', () => {
    for (const t of [
      'The entry was posted in the register on Monday, the clerk said.',
      'Posted in haste, the letter reached the council a day late.',
      'This entry was posted in 2010, when the site still ran on a home server. ' + 'We kept it as it was, typos and all, because readers asked us to. '.repeat(6),
    ]) expect(isEntryMeta(t), t.slice(0, 40)).toBe(false);
  });
});

describe('a filing line under a post', () => {
  it('leaves as meta, the post stays', () => {
    const p = '<p>The harbour board approved the new ferry timetable on Monday, adding two crossings in the evening from May.</p>';
    const line = 'This entry was posted in Harbour and tagged ferries, timetable. Bookmark the permalink.';
    const html = `<html><body><article><h1>Ferry timetable</h1><div class="entry-content">${p.repeat(4)}<p>${line}</p></div></article></body></html>`;
    const r = clean(html, { url: 'https://blog.example/2012/12/ferry-timetable', readability: 'never' });
    expect(r.body).toContain('new ferry timetable');
    expect(r.body).not.toContain('Bookmark the permalink');
    expect(r.removed.some((x) => x.reason === 'meta' && x.text === line)).toBe(true);
  });
});
