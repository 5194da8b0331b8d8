/** The structure corrections after the block model: related-list sections, embedded posts, lists decided whole, browser notices. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { isRelatedHeading, dropRelatedSections } from '../../../src/extract/html/related-sections.js';
import { parseHtml } from '../../../src/dom/index.js';
import { queryAll } from '../../../src/dom/query.js';
import type { Element } from 'domhandler';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { keepEmbeddedPosts } from '../../../src/extract/html/embedded-posts.js';
import { applyListMajority } from '../../../src/extract/html/list-majority.js';
import { dropDuplicateRuns } from '../../../src/extract/duplicate-runs.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

/** The blocks of a small page, as the HTML path cuts them. */
const blocksOf = (html: string): ReturnType<typeof walkBlocks> => walkBlocks(parseHtml(html).children, new Set(), () => 0);

const prose = (topic: string): string => `<p>${topic} is a long paragraph of real prose, with clauses, commas and a full stop, written for the readers who came to this page and stayed to read it to the end.</p>`;

describe('related-list sections', () => {
  it('recognises related / recommended headings in several languages, not real section titles', () => {
    for (const h of ['Você pode gostar...', 'YOU MAY ALSO LIKE', 'Related Articles:', 'Lire aussi', 'Das könnte Sie auch interessieren', 'Te puede interesar', '猜你喜欢', 'Читайте также']) {
      expect(isRelatedHeading(h), h).toBe(true);
    }
    for (const h of ['Contact us', 'FAQ', 'How we tested', 'Related work in machine translation over the last decade']) expect(isRelatedHeading(h), h).toBe(false);
  });

  it('recognises shop recommendation headings by their shape, in several languages', () => {
    for (const h of ['Customers who viewed this item also viewed', 'People who bought this also bought', 'Frequently bought together', 'Similar items', 'Explore related items', 'Ähnliche Produkte', 'Kunden kauften auch', 'Les clients ont également acheté', 'Productos relacionados', '看了又看', 'この商品を買った人はこんな商品も買っています', 'Frequently Purchased With', 'This is what customers who viewed this product bought', "Seller's other items", 'Seller’s other items']) {
      expect(isRelatedHeading(h), h).toBe(true);
    }
    for (const h of ['Product details', 'Customer reviews', 'Similar to a French press, but faster', 'Specifications', 'Technische Daten', 'Sold by our sellers worldwide', 'Customers who bought it say it lasts']) expect(isRelatedHeading(h), h).toBe(false);
  });

  it("recognises a portal's section teasers and read-next headings, not an article's own 'More in …' phrasing", () => {
    for (const h of ['More in Minnesota Wild', 'More In Condiments & Sauces', 'More on this story', 'Read this next', 'What to read next', "Editors' Picks", "DON'T MISS", 'Don’t miss', 'Editor’s picks']) {
      expect(isRelatedHeading(h), h).toBe(true);
    }
    for (const h of ['More in depth: the second round', 'More in common than we think', 'More about Django Form classes', 'More from the project', 'Up next for the council']) expect(isRelatedHeading(h), h).toBe(false);
  });

  it('drops what a related heading opens, up to the next ordinary heading', () => {
    const kinds = ['h1', 'p', 'h3', 'p', 'p', 'h2', 'p'];
    const texts = ['Title', 'Body', 'You might also like', 'Other story one', 'Other story two', 'Methods', 'More body'];
    const keep = kinds.map(() => true);
    expect(dropRelatedSections(kinds, texts, keep)).toBe(3); // the heading and its two items
    expect(keep).toEqual([true, true, false, false, false, true, true]);
  });

  it("reads a story list's heading by its shape: more / other / latest, a word or two, stories", () => {
    for (const h of ['More Blog Stories', 'Other recent stories', 'Latest research stories', 'More Top Stories']) expect(isRelatedHeading(h), h).toBe(true);
    for (const h of ['Their stories', 'More of the old stories we heard', 'Latest news on the strike']) expect(isRelatedHeading(h), h).toBe(false);
  });

  it('a related section goes on under its teasers\' lower, linked headings, and ends at the prose an article goes on with', () => {
    const kinds = ['h1', 'p', 'h2', 'h4', 'p', 'h4', 'p', 'p', 'h2', 'p'];
    const texts = ['Title', 'Body', 'More Blog Stories', 'Story one', 'Summary one', 'Story two', 'Summary two', 'The article goes on', 'Methods', 'More body'];
    const shape = (i: number): 'teaser' | 'prose' | null => (kinds[i] === 'h4' ? 'teaser' : i === 7 || i === 9 ? 'prose' : null);
    const keep = kinds.map(() => true);
    expect(dropRelatedSections(kinds, texts, keep, undefined, shape)).toBe(5);
    expect(keep).toEqual([true, true, false, false, false, false, false, true, true, true]);
    // without the teasers' shape, the first lower heading ends the section, as before
    const old = kinds.map(() => true);
    expect(dropRelatedSections(kinds, texts, old)).toBe(1);
  });

  it('on an article, every kept story of a sidebar list leaves; the article that goes on under an inline related box stays; a listing keeps its lists', () => {
    const story = (i: number): string => `<li><h4><a href="/2019/11/story-${i}/">Another story number ${i}, with its own long headline</a></h4><div>${i} hours ago on Blog</div>`
      + `<div><a href="/2019/11/story-${i}/">A summary of story ${i}, which is about something else entirely and runs on for a sentence or two...</a></div></li>`;
    // a card whose summary is not a link: outside the article, it is still a card, not the article going on
    const card = (i: number): string => `<h3><a href="/latest/${i}">Latest piece number ${i}</a></h3><p>The unlinked summary of latest piece ${i}, long enough to read like a paragraph of prose on its own, with a clause or two more.</p>`;
    const page = `<html><body><article><h1>The bridge closes</h1>${prose('The council vote on the bridge')}`
      + `<div class="box"><h2>Related news</h2><h3><a href="/x/1">A linked headline of another story</a></h3><h3><a href="/x/2">A second linked headline</a></h3></div>`
      + `${prose('The mayor answered the critics')}</article>`
      + `<div class="side_box"><h2>More Blog Stories</h2><ul>${story(1)}${story(2)}${story(3)}</ul></div>`
      + `<section><h2>Latest articles</h2>${card(1)}${card(2)}</section></body></html>`;
    const kept = (pageType: string): string[] => {
      const doc = parseHtml(page);
      const blocks = walkBlocks(doc.children, new Set<Element>(queryAll(doc, 'article')), () => 0);
      const keep = blocks.map(() => true);
      correctDecisions(blocks, keep, createContext(DEFAULTS as unknown as ResolvedOptions, 'https://news.example/2019/11/bridge', {}), new Set(), pageType);
      return blocks.filter((_, i) => keep[i]).map((b) => b.text);
    };
    const article = kept('article');
    expect(article.some((t) => t.startsWith('The mayor answered the critics'))).toBe(true);
    expect(article.filter((t) => /story (?:number )?[123]\b|latest piece/i.test(t))).toEqual([]);
    expect(article).not.toContain('A linked headline of another story');
    // a listing's lists are its content: only the related headings' own blocks leave
    expect(kept('listing').filter((t) => /story (?:number )?[123]\b|latest piece/i.test(t)).length).toBe(10);
  });

  it('in clean(): article-like items under "Você pode gostar..." leave the body', () => {
    const page = `<html><body><article><h1>Só quem se ama sabe amar</h1>${prose('Viver uma verdadeira experiência amorosa')}${prose('Gostar é sentir com a alma')}`
      + `<h3>Você pode gostar...</h3>${prose('A vida requer da gente otimismo')}${prose('O que une uma família é o amor')}</article></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('Viver uma verdadeira');
    expect(r.body).not.toContain('A vida requer');
    expect(r.removed.some((x) => x.reason === 'related' && x.text.startsWith('A vida requer'))).toBe(true);
  });
});

describe('embedded social posts', () => {
  const tweet = (t: string): string => `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">${t} <a href="https://t.co/x">https://t.co/x</a></p>— Some One (@someone) <a href="https://twitter.com/someone/status/1">November 18, 2019</a></blockquote></div>`;

  it('keeps a post quoted between two article paragraphs, not one in a share box at the end', () => {
    const page = `<html><body><article><h1>A state slogan draws ridicule online</h1>${prose('The new campaign slogan drew attention')}`
      + `${tweet('Yes this is real and the state spent half a million dollars on it')}${prose('The governor answered the critics')}${prose('Officials said the campaign would go on')}</article>`
      + `<aside class="share-box">${tweet('Share this story with your friends now')}</aside></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('Yes this is real');
    expect(r.body).toContain('The governor answered');
    expect(r.body).not.toContain('Share this story');
  });
});

describe('keepEmbeddedPosts', () => {
  it('turns on the blocks of a post whose neighbours are kept, not of one at the edge of the article', () => {
    const blocks = blocksOf('<body><p>First paragraph.</p><blockquote class="twitter-tweet"><p>Quoted post</p>— Someone</blockquote><p>Second paragraph.</p><blockquote class="instagram-media"><p>Trailing post</p></blockquote></body>');
    const keep = blocks.map((b) => !/post|Someone/.test(b.text));
    const on = keepEmbeddedPosts(blocks, keep);
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text)).toEqual(['First paragraph.', 'Quoted post', '— Someone', 'Second paragraph.']);
    expect(on.length).toBe(2);
  });
});

describe('applyListMajority', () => {
  it('keeps a list whole from half its items, drops it under a fifth, leaves the middle alone', () => {
    const blocks = blocksOf('<body><ul><li>Amber</li><li>Blue</li><li>Green</li><li>Violet</li></ul><ul><li>Home</li><li>News</li><li>Sport</li><li>Video</li><li>Weather</li><li>Contact</li></ul><ul><li>a</li><li>b</li><li>c</li></ul></body>');
    const keep = blocks.map((b) => ['Amber', 'Green', 'Home', 'a'].includes(b.text));
    expect(applyListMajority(blocks, keep)).toBe(3);
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text)).toEqual(['Amber', 'Blue', 'Green', 'Violet', 'a']);
  });

  it('does not drop a list whose few kept items hold most of its text (a thread\'s posts among short labels)', () => {
    const post = (n: number): string => `Reply ${n}: I tried the method for two months on a small budget and it paid for the ads, but only after I rewrote the landing page twice and cut the keywords that brought clicks without buyers.`;
    const items = [1, 2].flatMap((n) => [`member${n} 2 years ago`, post(n), 'Thanks', '1 reply', 'Quote', 'Report', 'Share', 'Like', 'Reply']);
    const blocks = blocksOf(`<body><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></body>`);
    const keep = blocks.map((b) => b.text.startsWith('Reply '));
    expect(applyListMajority(blocks, keep)).toBe(0);
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text)).toEqual([post(1), post(2)]);
  });
});

describe('duplicate runs', () => {
  const para = (n: number): string => `Paragraph ${n} of the article, long enough to be a real block of text that a reader reads once.`;

  it('drops the second copy of a run printed right after the first (responsive layouts)', () => {
    const texts = [para(1), para(2), para(3), para(1), para(2), para(3), 'Footer'];
    const keep = texts.map(() => true);
    expect(dropDuplicateRuns(texts, keep)).toEqual([3, 4, 5]);
    expect(keep).toEqual([true, true, true, false, false, false, true]);
  });

  it('finds the copy when a block repeats inside one copy, and reads a run printed three times once', () => {
    // one copy of the article repeats a heading of its own (`Upgrades` twice); the page prints the copy three times
    // (a site builder's desktop, tablet and phone variants)
    const copy = [para(1), 'Upgrades', para(2), para(3), 'Upgrades', para(4)];
    const texts = ['Posted by', ...copy, ...copy, ...copy, 'Footer'];
    const keep = texts.map(() => true);
    expect(dropDuplicateRuns(texts, keep)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(texts.filter((_, i) => keep[i])).toEqual(['Posted by', ...copy, 'Footer']);
  });

  it('reads a run printed thousands of times once', () => {
    const long = (n: number): string => `${para(n)} ${para(n)}`;
    const texts = Array.from({ length: 20_000 }, (_, i) => long(i % 2));
    const keep = texts.map(() => true);
    expect(dropDuplicateRuns(texts, keep)).toHaveLength(19_998);
    expect(texts.filter((_, i) => keep[i])).toEqual([long(0), long(1)]);
  });

  it('stays bounded on runs that nearly repeat (each copy ends with a different note)', () => {
    const run = Array.from({ length: 20_000 }, (_, i) => `Entry ${i}: a line of the register, long enough to count as text.`);
    const texts = [...run, 'Note A', ...run, 'Note B', ...run, 'Note C'];
    expect(dropDuplicateRuns(texts, texts.map(() => true))).toEqual([]);
  });

  it('keeps repeats with other text between them, single repeated blocks and short runs', () => {
    // a plan that serves the same meal every day: the repeated run is separated by each day's own text
    const plan = ['Pre-workout meal: oats, berries, a spoon of almond butter and a glass of water or black coffee.', 'Drink 20 to 30 minutes before your workout, with a banana or another light snack to keep you going.'];
    const texts = ['Day 1', ...plan, 'Day 1 lunch: chicken salad with a vinaigrette', 'Day 2', ...plan, 'Day 2 lunch: lentil soup'];
    const keep = texts.map(() => true);
    expect(dropDuplicateRuns(texts, keep)).toEqual([]);
    const quote = [para(1), para(2), para(1), para(4)];
    expect(dropDuplicateRuns(quote, quote.map(() => true))).toEqual([]);
    const short = ['Yes', 'No', 'Yes', 'No'];
    expect(dropDuplicateRuns(short, short.map(() => true))).toEqual([]);
  });

  it('a number or two between the run and its copy (a vote count) still makes it a copy; a word makes the repeat meant', () => {
    const run = [para(1), para(2), para(3)];
    const texts = [...run, '13', ...run];
    expect(dropDuplicateRuns(texts, texts.map(() => true))).toEqual([4, 5, 6]);
    const days = [...run, 'Day 2', ...run];
    expect(dropDuplicateRuns(days, days.map(() => true))).toEqual([]);
    const far = [...run, '13', '2', '7', ...run];
    expect(dropDuplicateRuns(far, far.map(() => true))).toEqual([]);
  });

  it('judges only kept blocks: a dropped copy in between does not hide the doubling', () => {
    const texts = [para(1), para(2), para(3), 'Menu', para(1), para(2), para(3)];
    const keep = [true, true, true, false, true, true, true];
    expect(dropDuplicateRuns(texts, keep)).toEqual([4, 5, 6]);
  });
});

describe('quoted copies', () => {
  it('a reply quoting an earlier post reads the post once; a quote of something not shown before stays', () => {
    const post = (who: string, body: string): string => `<div class="post"><p>${who}</p><div class="postmsg">${body}</div></div>`;
    const first = 'Behavior on smartphone screens is easy to check: in Firefox use the responsive design mode from the tools menu.';
    const page = `<html><body><main><h1>Open source forum software for an old school forum?</h1>`
      + post('alice', `<p>${first}</p><p>Most of the classic forum packages pass that test without any change to their themes.</p>`)
      + post('bob', `<blockquote><p>${first}</p></blockquote><p>That mode does not show how touch input behaves, so I test on a real phone as well.</p>`)
      + post('carol', `<blockquote><p>Premature optimization is the root of all evil, as the old saying from the seventies goes.</p></blockquote><p>The same holds for picking forum software by its feature list alone.</p>`)
      + `</main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body.split('responsive design mode').length - 1).toBe(1);
    expect(r.body).toContain('I test on a real phone');
    expect(r.body).toContain('Premature optimization is the root');
    expect(r.removed.some((x) => x.reason === 'duplicate' && x.text.startsWith('Behavior on smartphone'))).toBe(true);
  });
});

describe('later copies on product pages', () => {
  const SHIP = 'Same day shipping if ordered by 4 PM Eastern, free returns for 30 days.';
  const page = (copies: number): string => `<html><body><main><h1>Pro Tech Toolkit</h1><p>${SHIP}</p>${prose('The toolkit holds 64 precision bits')}`
    + `<p>In stock</p>${Array.from({ length: copies - 1 }, () => `<div class="mobile-box"><p>${SHIP}</p><p>In stock</p></div>`).join('')}${prose('Every driver has a swivel cap')}</main></body></html>`;
  const kept = (html: string, pageType: string): string[] => {
    const blocks = blocksOf(html);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://shop.example/p/toolkit', {});
    correctDecisions(blocks, keep, ctx, new Set(), pageType);
    return blocks.filter((_, i) => keep[i]).map((b) => b.text);
  };
  const count = (texts: string[], t: string): number => texts.filter((x) => x === t).length;

  it('a text a product page prints two or three times is read once; a short one (In stock) stays each time', () => {
    for (const n of [2, 3]) {
      const k = kept(page(n), 'product');
      expect(count(k, SHIP)).toBe(1);
      expect(count(k, 'In stock')).toBe(n);
    }
  });

  it('more copies are a field of repeated items, and other page types keep their repeats', () => {
    expect(count(kept(page(4), 'product'), SHIP)).toBe(4);
    expect(count(kept(page(2), 'article'), SHIP)).toBe(2);
  });
});

describe('browser notices', () => {
  it('in clean(): a browser notice printed inside the article leaves the body as notice', () => {
    const notice = "We're sorry but you will need to enable Javascript to access all of the features of this site.";
    const page = `<html><body><article><h1>Harbour road reopens</h1><p>${notice}</p>${prose('The harbour road')}${prose('The sea wall')}${prose('The support fund')}</article></body></html>`;
    const r = clean(page);
    expect(r.body).toContain('The harbour road is a long paragraph');
    expect(r.body).not.toContain('enable Javascript');
    expect(r.removed.some((x) => x.reason === 'notice' && x.text.includes('enable Javascript'))).toBe(true);
  });
});
