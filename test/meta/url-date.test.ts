import { describe, it, expect } from 'vitest';
import { dateFromUrl } from '../../src/meta/url-date.js';
import { urlYearMonth } from '../../src/meta/plausible.js';

describe('dates in URLs', () => {
  it('reads the common full forms', () => {
    expect(dateFromUrl('https://x.example/2025/03/13/slug/', 2030)).toBe('2025-03-13');
    expect(dateFromUrl('https://x.example/2025/3/9.html', 2030)).toBe('2025-03-09');
    expect(dateFromUrl('https://x.example/blog/2021-09-19-jokes-for-kids', 2030)).toBe('2021-09-19');
    expect(dateFromUrl('https://x.example/news/20250313/slug', 2030)).toBe('2025-03-13');
    expect(dateFromUrl('http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm', 2030)).toBe('2012-06-04');
  });

  it('does not read a slug that starts with a number as the day', () => {
    expect(dateFromUrl('https://blog.campact.de/2023/10/3-fragen-an-tina-musil-teamleiterin-fundraising/', 2030)).toBeNull();
    expect(urlYearMonth('https://blog.campact.de/2023/10/3-fragen-an-tina-musil-teamleiterin-fundraising/')).toEqual({ year: 2023, month: 10 });
  });

  it('never takes a year or a year/month alone for a date', () => {
    expect(dateFromUrl('https://x.example/2019/12/slug/', 2030)).toBeNull();
    expect(dateFromUrl('https://x.example/top-10-of-2019/', 2030)).toBeNull();
    expect(urlYearMonth('https://x.example/top-10-of-2019/')).toBeNull();
  });
});
