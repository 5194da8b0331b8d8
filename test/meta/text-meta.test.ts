import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolveMetadata, type MetaInput } from '../../src/meta/index.js';

const seedLines = (id: string): string[] => readFileSync(new URL(`../../fixtures/seeds/${id}.txt`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

/** Metadata for a text dump whose title line and byline zone are given (as the text extractor hands them over). */
function meta(title: string | null, zone: string[], body: string, extra: Partial<MetaInput> = {}) {
  return resolveMetadata({
    format: 'text', facts: null, url: null, headers: {}, body, removedText: [], overrides: {},
    extraction: { blocks: [], html: '', title, paywall: { detected: false, text: null }, pageType: null, pageTypeConfidence: null, bylineZone: zone },
    ...extra,
  });
}

describe('text dumps', () => {
  it('reads the dump header line `date YYYY-MM-DD title`', () => {
    const lines = seedLines('000_fbbaa9462fdc2955');
    const r = meta(null, lines.slice(0, 5), lines.slice(1).join('\n\n'));
    expect(r.date).toBe('2026-01-15');
    expect(r.dateSource).toBe('header-line');
    expect(r.title).toBe("Le propriétaire de Wikipédia signe des accords avec Microsoft et Meta pour la formation au contenu de l'IA");
    expect(r.language).toBe('fr');
  });

  it('parses the Le Méridien byline glued to its date, and its author', () => {
    const lines = seedLines('004_f0128696910e1e77');
    const i = lines.findIndex((l) => l.startsWith('Intelligence artificielle') && l.includes('bataille'));
    const r = meta(lines[i]!, lines.slice(i - 1, i + 4), lines.slice(i + 2).join('\n\n'), { removedText: lines.slice(0, i - 1) });
    expect(r.date).toBe('2025-03-13');
    expect(r.dateSource).toBe('text');
    expect(r.author).toBe('Espace Presse');
    expect(r.title).toBe('Intelligence artificielle : la bataille des modèles en open source');
  });

  it('infers the year of 1月15日 from the other dates on the page, with low confidence', () => {
    const lines = seedLines('003_904f0b5d7bdbd90b');
    const i = lines.indexOf('维基百科与微软、Meta等科技巨头签署AI内容训练协议');
    const chrome = lines.filter((l) => /^2026-03-0\d/.test(l));
    const r = meta(lines[i]!, lines.slice(i - 1, i + 4), lines.slice(i + 3, i + 12).join('\n\n'), { removedText: chrome });
    expect(r.date).toBe('2026-01-15');
    expect(r.dateSource).toBe('text');
    expect(r.dateConfidence).toBe('low');
    expect(r.language).toBe('zh');
  });

  it('uses referenceDate for the year when given', () => {
    const r = meta('标题', ['财联社12月20日讯(编辑 夏军雄)当地时间周四'], '正文', { referenceDate: '2026-01-10' });
    expect(r.date).toBe('2025-12-20');
    expect(r.dateConfidence).toBe('low');
  });

  it('returns no date for a year-less date with nothing to infer the year from', () => {
    expect(meta('标题', ['财联社1月15日讯(编辑 夏军雄)'], '正文').date).toBeNull();
  });

  it('gives no date for a dump without one (a copyright year is not a date)', () => {
    const lines = seedLines('002_fa1f29ab0d046a2e');
    const r = meta(lines[0]!, lines.slice(0, 5), lines.slice(4).join('\n\n'), { removedText: ['© 2025 Example. All rights reserved.'] });
    expect(r.date).toBeNull();
    expect(r.language).toBe('en');
  });

  it('never takes a date found only in removed chrome', () => {
    const r = meta('Titre', ['Titre', 'Par Jean Dupont', 'mai 9, 2025'], 'Un texte assez long en français pour que la langue soit détectée sans aucun doute possible ici.', { removedText: ['What\'s Hot mai 9, 2025'] });
    expect(r.date).toBe('2025-05-09'); // it is in the byline zone too: counts
    const r2 = meta('Titre', ['Titre', 'Par Jean Dupont'], 'Un texte. Publié le 9 mai 2025 sur le site.', { removedText: ['mai 9, 2025'] });
    expect(r2.date).toBeNull();
  });
});
