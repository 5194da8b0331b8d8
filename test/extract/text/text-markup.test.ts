// Dump tools' marks in the text itself: Markdown syntax, lynx / elinks link numbers and reference lists, html2text's
// link underscores and starred headings are undone; code identifiers and citation marks stay.
import { describe, it, expect } from 'vitest';
import { undoTextMarkup, hasUnderscoredLinks, isMarkdown } from '../../../src/extract/text/text-markup.js';
import { clean } from '../../../src/index.js';

const MENU = ['Skip_to_content', '    * Home', '    * Meal Prep', '          o _How_It_Works', '          o _Menus', '          o _Holiday_Schedules',
  '          o _Subscription_Changes', '    * Company', '          o _About', '          o _Partner_With_Us', 'Order_Now'];
const ARTICLE = [
  '****** What is Cloud Computing? ******',
  'Understanding the types_of_cloud_computing resources can be time-consuming and costly for the enterprises that need them.',
  'Enterprises need to buy physical servers and other infrastructure through procurement processes that take months.',
  'Cloud computing addresses these issues by offering computing resources as scalable, on-demand services over the internet.',
];

describe('text markup of dump tools', () => {
  it('turns link underscores back into spaces and unwraps starred headings in an html2text dump', () => {
    const text = [...MENU, ...ARTICLE].join('\n');
    expect(hasUnderscoredLinks(text)).toBe(true);
    const out = undoTextMarkup(text);
    expect(out).toContain('Skip to content');
    expect(out).toContain('          o How It Works');
    expect(out).toContain('Understanding the types of cloud computing resources');
    expect(out).toContain('\nWhat is Cloud Computing?\n');
    const r = clean(text, { format: 'text' });
    expect(r.body).toContain('the types of cloud computing resources');
  });

  it('leaves the identifiers of a documentation dump alone', () => {
    const doc = ['Dependencies', ...['parking_lot ^0.12.0 normal', 'serde_json ^1.0 normal', 'tokio_util ^0.7 normal', 'once_cell ^1.19 normal',
      'hash_map', 'and_then', 'MAX_SIZE', 'unwrap_or_default', 'as_ref'].map((l) => `  * ${l}`), 'Use and_then to chain the calls.'].join('\n');
    expect(hasUnderscoredLinks(doc)).toBe(false);
    expect(undoTextMarkup(doc)).toBe(doc);
  });

  it('drops the link numbers and the reference list of a lynx dump, keeps citation marks', () => {
    const items = ['Home', 'News', 'Sport', 'Culture', 'Business', 'Weather', 'Travel', 'Video', 'Podcasts', 'Contact'];
    const text = [...items.map((t, k) => `     * [${k + 1}]${t}`),
      'The [11]harbour road will reopen on Monday, the council said.[12] Engineers replaced the [13]sea wall [4], [5].',
      '', 'References', '', '   Visible links:', ...items.map((t, k) => `   ${k + 1}. https://example.com/${t.toLowerCase()}`)].join('\n');
    const out = undoTextMarkup(text);
    expect(out).toContain('     * Home\n');
    expect(out).toContain('The harbour road will reopen on Monday, the council said.[12] Engineers replaced the sea wall [4], [5].');
    expect(out).not.toContain('References');
    expect(out).not.toContain('https://example.com');
    const plain = text.replace(/\[\d+\]/g, '');
    expect(undoTextMarkup(plain)).toBe(plain);
  });

  it('reads a Markdown page as its text', () => {
    const md = ['  * [Home](https://example.com/)', '  * [News](/news)', '  * [Sport](/sport "Sport pages")', '  * [Weather](https://example.com/weather)',
      '', '# Harbour road to reopen', '', '![The harbour at dusk](https://example.com/img/harbour_1(2).jpg)', '',
      'The **harbour road** will reopen on Monday, the [county council](https://example.com/council) said. Repairs cost 1\\.2 million\\.',
      '', '* * *', '', 'Read the [full report](https://example.com/report.pdf) and keep_this_identifier.'].join('\n');
    expect(isMarkdown(md)).toBe(true);
    const out = undoTextMarkup(md);
    expect(out).toContain('  * Home\n  * News\n  * Sport\n');
    expect(out).toContain('\nHarbour road to reopen\n');
    expect(out).toContain('The harbour road will reopen on Monday, the county council said. Repairs cost 1.2 million.');
    expect(out).toContain('Read the full report and keep_this_identifier.');
    expect(out).not.toMatch(/https?:|\* \* \*|harbour at dusk/);
    const r = clean(md);
    expect(r.format).toBe('text');
    expect(isMarkdown('A [note](in brackets) and [another](one).')).toBe(false);
  });
});
