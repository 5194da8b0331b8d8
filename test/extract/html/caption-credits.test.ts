/** A caption loses the picture credit it ends with; `captions: 'keep'` keeps the captions inside the article. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { isUnchromeError } from '../../../src/errors.js';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { withoutCaptionCredit } from '../../../src/extract/html/caption-credits.js';
import { articleHtml } from '../../../src/extract/html/article-html.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

const blockOf = (html: string) => {
  const blocks = walkBlocks(parseHtml(`<html><body>${html}</body></html>`).children, new Set(), () => 0);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

describe('withoutCaptionCredit', () => {
  it('cuts a credit element from a figure caption, from its text and its markup', () => {
    const b = blockOf('<figcaption>The ferry leaves the <a href="/harbour">harbour</a> at dawn. <span class="credit">Photo: Mara Quinn/Getty Images</span></figcaption>');
    const r = withoutCaptionCredit(b)!;
    expect(r.credit).toBe('Photo: Mara Quinn/Getty Images');
    expect(r.block.text).toBe('The ferry leaves the harbour at dawn.');
    const html = articleHtml([r.block]);
    expect(html).toContain('<a href="/harbour">harbour</a>');
    expect(html).not.toContain('Quinn');
  });

  it('cuts a credit in parentheses closing a caption: label, agency first or last, "by"', () => {
    const cases: Array<[string, string, string]> = [
      ['Protesters have worn masks to protect their identities (Image: GETTY )', 'Protesters have worn masks to protect their identities', '(Image: GETTY )'],
      ['A worker loads trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)', 'A worker loads trims into his truck outside a store in Hialeah, Fla.', '(AP Photo/Alan Diaz, File)'],
      ['The summit opened on Monday [Sakib Ali/Getty Images]', 'The summit opened on Monday', '[Sakib Ali/Getty Images]'],
      ['Volunteers sort donations in the church hall (Photo by Ana Ruiz)', 'Volunteers sort donations in the church hall', '(Photo by Ana Ruiz)'],
    ];
    for (const [input, text, credit] of cases) {
      const r = withoutCaptionCredit(blockOf(`<p>${input}</p>`));
      expect(r, input).not.toBeNull();
      expect(r!.block.text).toBe(text);
      expect(r!.credit).toBe(credit);
      expect(articleHtml([r!.block])).toBe(`<p>${text}</p>`);
    }
  });

  it('in a figcaption, also a labelled credit after the last sentence without parentheses', () => {
    const r = withoutCaptionCredit(blockOf('<figcaption>The harbour wall after the January storm. Photo: Mara Quinn</figcaption>'))!;
    expect(r.block.text).toBe('The harbour wall after the January storm.');
    // in running text the same words are a sentence, not a credit
    expect(withoutCaptionCredit(blockOf('<p>We tested it twice. Image: the test bench</p>'))).toBeNull();
  });

  it('leaves prose, parentheses that are not credits, and blocks that are nothing but a credit', () => {
    for (const t of ['The council met on Tuesday (see the minutes).', 'Editing photos on a phone (image stabilisation included) is easy.',
      'Getty Images photographers covered the summit for three days.', '(Photo: Mara Quinn)', 'Photo: Mara Quinn/Getty Images']) {
      expect(withoutCaptionCredit(blockOf(`<p>${t}</p>`)), t).toBeNull();
    }
    expect(withoutCaptionCredit(blockOf('<pre>plot(x) # (Image: GETTY)</pre>'))).toBeNull();
  });
});

const para = (i: number): string => `<p>Paragraph ${i}: the council voted on the new ferry timetable, which residents had asked about for many months before the meeting in the town hall on Tuesday evening.</p>`;
const page = `<html><head><title>Ferry vote</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry vote</h1>${para(1)}${para(2)}`
  + '<figure><img src="ferry.jpg" alt=""><figcaption>The ferry leaves the harbour at dawn. <span class="credit">Photo: Mara Quinn/Getty Images</span></figcaption></figure>'
  + `${para(3)}${para(4)}</article><footer>© 2024 The Daily Example</footer></body></html>`;

describe("the captions option", () => {
  it("keep: a caption between kept blocks is kept, as a figure caption, without its credit", () => {
    const r = clean(page, { url: 'https://news.example/ferry-vote', captions: 'keep', readability: 'never' });
    expect(r.body).toContain('Paragraph 2');
    expect(r.body).toContain('The ferry leaves the harbour at dawn.');
    expect(r.body).not.toContain('Quinn');
    expect(r.html).toContain('<figcaption>The ferry leaves the harbour at dawn.</figcaption>');
    expect(r.removed).toContainEqual({ reason: 'credit', text: 'Photo: Mara Quinn/Getty Images' });
  });

  it('in the corrections, whatever the mode: a kept caption loses its credit, a credit line alone leaves whole', () => {
    const html = `<article>${para(1)}<figure><img src="a.jpg" alt=""><figcaption>The ferry leaves the harbour at dawn. (Photo: Mara Quinn/Getty Images)</figcaption>`
      + `<figcaption>Mara Quinn/Getty Images</figcaption></figure>${para(2)}</article>`;
    const blocks = walkBlocks(parseHtml(html).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://news.example/ferry-vote', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'article');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text.slice(0, 38))).toEqual([
      'Paragraph 1: the council voted on the ', 'The ferry leaves the harbour at dawn.', 'Paragraph 2: the council voted on the ',
    ]);
    expect(ctx.removed.items).toEqual([
      { reason: 'credit', text: '(Photo: Mara Quinn/Getty Images)' }, { reason: 'credit', text: 'Mara Quinn/Getty Images' },
    ]);
  });

  it('refuses an unknown mode with BAD_OPTION', () => {
    let err: unknown;
    try { clean(page, { captions: 'yes' as 'keep' }); } catch (e) { err = e; }
    expect(isUnchromeError(err) && err.code).toBe('BAD_OPTION');
  });
});

describe('withoutCaptionCredit in running text', () => {
  it('leaves a paragraph that ends with a link to an agency: a name there, not a credit', () => {
    expect(withoutCaptionCredit(blockOf('<p>The pictures were licensed from <a href="https://www.gettyimages.com">Getty Images</a></p>'))).toBeNull();
    // in a figure the same closing element is the picture's credit
    const r = withoutCaptionCredit(blockOf('<figcaption>Crowds at the summit. <a href="https://www.gettyimages.com">Getty Images</a></figcaption>'));
    expect(r?.block.text).toBe('Crowds at the summit.');
  });
});

describe('withoutCaptionCredit and the block’s lines', () => {
  it('keeps the line breaks of a caption whose closing credit it cuts, and leaves a credit in the middle alone', () => {
    const r = withoutCaptionCredit(blockOf('<figcaption>Day one: the harbour.<br>Day two: the lighthouse. | <span class="credit">Photo: Mara Quinn</span></figcaption>'));
    expect(r?.block.text).toBe('Day one: the harbour.\nDay two: the lighthouse.');
    expect(withoutCaptionCredit(blockOf('<figcaption>Route map<br><span class="credit">courtesy of gcmap</span><br>Our journey took in eleven airports.</figcaption>'))).toBeNull();
  });
});
