import { describe, it, expect } from 'vitest';
import { findDates, parseStructured, inferYear } from '../../src/meta/date-parse.js';
import { dateFromUrl } from '../../src/meta/url-date.js';

const ymd = (s: string, hints = {}) => findDates(s, hints).map((f) => [f.year, f.month, f.day]);

describe('dates written in text', () => {
  it.each([
    ['13 mars 2025', [2025, 3, 13]],
    ['mars 13, 2025', [2025, 3, 13]],
    ['9. Mai 2025', [2025, 5, 9]],
    ['13 de março de 2025', [2025, 3, 13]],
    ['13 de marzo de 2025', [2025, 3, 13]],
    ['13 marzo 2025', [2025, 3, 13]],
    ['13 maart 2025', [2025, 3, 13]],
    ['13 марта 2025 г.', [2025, 3, 13]],
    ['13 березня 2025', [2025, 3, 13]],
    ['13 marca 2025', [2025, 3, 13]],
    ['March 13th, 2025', [2025, 3, 13]],
    ['Thu, 13 Mar 2025 10:00:00 GMT', [2025, 3, 13]],
    ['2026年1月15日', [2026, 1, 15]],
    ['2025년 3월 13일', [2025, 3, 13]],
    ['13.03.2025', [2025, 3, 13]],
    ['4. 2. 2022.', [2022, 2, 4]],
    ['2025-03-13', [2025, 3, 13]],
    ['2025/03/13', [2025, 3, 13]],
  ])('%s', (text, want) => {
    expect(ymd(text)[0]).toEqual(want);
  });

  it('parses a byline glued to its date', () => {
    expect(ymd('Espace PressePar Espace Pressemars 13, 2025')).toEqual([[2025, 3, 13]]);
  });

  it('reads a year-less Chinese date and leaves the year open', () => {
    expect(ymd('财联社1月15日讯(编辑 夏军雄)')).toEqual([[null, 1, 15]]);
  });

  it('orders numeric day and month by locale, and by value when one part is over 12', () => {
    expect(ymd('03/04/2025')[0]).toEqual([2025, 4, 3]);
    expect(ymd('03/04/2025', { monthFirst: true })[0]).toEqual([2025, 3, 4]);
    expect(ymd('03/24/2025')[0]).toEqual([2025, 3, 24]);
    expect(ymd('24.03.2025', { monthFirst: true })[0]).toEqual([2025, 3, 24]);
  });

  it('rejects impossible dates and years out of range', () => {
    expect(ymd('31 février 2025')).toEqual([]);
    expect(ymd('30.02.2024')).toEqual([]);
    expect(ymd('13 March 1850')).toEqual([]);
    expect(ymd('13 March 2099', { maxYear: 2030 })).toEqual([]);
  });

  it('does not read a bare year or a phone number as a date', () => {
    expect(ymd('© 2024 Le Méridien. Tous droits réservés.')).toEqual([]);
    expect(ymd('Call 609-365-7014')).toEqual([]);
  });
});

describe('structured values', () => {
  it('keeps the time and offset of an ISO date-time', () => {
    expect(parseStructured('2023-11-09T12:00:00+0100')?.iso).toBe('2023-11-09T12:00:00+01:00');
    expect(parseStructured('2023-11-09T05:30:59Z')?.iso).toBe('2023-11-09T05:30:59Z');
    expect(parseStructured('2023-11-09')?.iso).toBeNull();
  });
  it('reads compact and Unix forms', () => {
    expect(parseStructured('20231109')).toMatchObject({ year: 2023, month: 11, day: 9 });
    expect(parseStructured('1699500000')).toMatchObject({ year: 2023, month: 11, day: 9 });
  });
});

describe('year inference', () => {
  it('takes the latest year that does not put the date after the reference', () => {
    expect(inferYear(1, 15, { year: 2026, month: 3, day: 5 })).toBe(2026);
    expect(inferYear(12, 20, { year: 2026, month: 3, day: 5 })).toBe(2025);
  });
});

describe('dates in URLs', () => {
  it.each([
    ['https://www.twincities.com/2023/11/08/st-louis-park-elects/', '2023-11-08'],
    ['https://blog.example.fr/articles/2025-12-15+Rust+GCC', '2025-12-15'],
    ['https://example.com/news/20250313-title', '2025-03-13'],
  ])('%s', (url, want) => expect(dateFromUrl(url, 2030)).toBe(want));
  it('needs a full date', () => {
    expect(dateFromUrl('https://jungle.world/artikel/2023/43/diskussion', 2030)).toBeNull();
    expect(dateFromUrl('https://example.com/2024/best-laptops', 2030)).toBeNull();
  });
});
