/** Reading-time lines ("7 min read", "Lesezeit: 2 Minuten") leave the body; sentences about minutes stay. */
import { describe, it, expect } from 'vitest';
import { isReadingTime } from '../../../src/extract/html/reading-time.js';
import { clean } from '../../../src/index.js';

describe('isReadingTime', () => {
  it('reads a label and minutes, or minutes and a reading word, in several languages', () => {
    for (const t of ['7 min read', '3 MIN. READ', 'Reading time: 4 minutes', 'Lesezeit: 2 Minuten', 'Lesezeit: ca. 5 Min.',
      'Temps de lecture : 4 min', 'Tiempo de lectura: 3 minutos', '5 Minuten Lesezeit', 'Estimated reading time: 3-5 minutes']) {
      expect(isReadingTime(t), t).toBe(true);
    }
  });

  it('leaves sentences and other lines with minutes', () => {
    for (const t of ['Bake for 20 minutes.', '20 min', 'Read time is an estimate we print under each story',
      'The reading time of 7 minutes surprised us', 'Kochzeit: 20 Minuten']) {
      expect(isReadingTime(t), t).toBe(false);
    }
  });
});

describe('reading-time lines in an article', () => {
  it('leave as meta, the article stays', () => {
    const p = '<p>The harbour board approved the new ferry timetable on Monday, adding two crossings in the evening from May.</p>';
    const html = `<html><body><article><h1>Ferry timetable</h1><p>4 min read</p>${p.repeat(4)}</article></body></html>`;
    const r = clean(html, { url: 'https://news.example/harbour/ferry-timetable', readability: 'never' });
    expect(r.body).toContain('new ferry timetable');
    expect(r.body).not.toContain('min read');
    expect(r.removed.some((x) => x.reason === 'meta' && x.text === '4 min read')).toBe(true);
  });
});
