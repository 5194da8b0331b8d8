import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';

const prose = [
  'The city council approved the new transit plan on Tuesday evening after a long debate about bus lanes and the cost of the project.',
  'Supporters said the plan would cut commuting times for thousands of residents, while critics warned that the budget was far too optimistic.',
  'The first phase of construction is expected to begin next spring, starting with the busiest corridors in the northern districts of the city.',
  'Officials promised regular public updates and said that residents would be able to comment on each phase before any work begins.',
];

/** A dump whose article starts well below its title: nav, a dated list of other stories, title, byline lines, widgets, prose. */
function dump(byline: string[], between: string[] = []): string {
  return [
    'Home', 'News', 'Sport', 'Culture', 'Subscribe', '',
    "What's Hot", 'Storm closes schools across the region', 'May 9, 2025', 'Local team wins the cup final', 'May 9, 2025', 'New museum opens downtown', 'May 9, 2025', '',
    'Council approves the new transit plan for the city',
    ...byline,
    ...between,
    '', ...prose.flatMap((p) => [p, '']),
    'Related articles', 'Storm closes schools across the region', 'May 9, 2025', '© 2025 City News',
  ].join('\n');
}

describe('dates of text dumps', () => {
  it('takes the byline date under the title, not the dates of the list above it', () => {
    const r = clean(dump(['By Jane Smith', 'March 13, 2025']), { format: 'text' });
    expect(r.date).toBe('2025-03-13');
    expect(r.dateKind).toBe('published');
  });

  it('finds the byline date when widgets sit between it and the article', () => {
    const r = clean(dump(['By Jane Smith', 'March 13, 2025'], ['Share', 'Facebook', 'Twitter', '5 min read', 'Listen to this article', '0:00', 'Table of Contents']), { format: 'text' });
    expect(r.date).toBe('2025-03-13');
  });

  it('reads an update label on the line before the date as an update', () => {
    const html = dump(['By Jane Smith', 'Last update:', 'July 16, 2025']);
    const r = clean(html, { format: 'text' });
    expect([r.date, r.dateKind, r.dateConfidence]).toEqual(['2025-07-16', 'updated', 'low']);
    expect(clean(html, { format: 'text', updatedDates: false }).date).toBeNull();
  });

  it('prefers a publication date to an update date', () => {
    const r = clean(dump(['By Jane Smith', 'Published March 13, 2025', 'Updated July 16, 2025']), { format: 'text' });
    expect([r.date, r.dateKind]).toEqual(['2025-03-13', 'published']);
  });

  it('gives no date when only the list above the title has dates', () => {
    expect(clean(dump(['By Jane Smith']), { format: 'text' }).date).toBeNull();
  });
});
