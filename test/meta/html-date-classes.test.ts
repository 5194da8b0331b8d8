import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';
import { parseHtml } from '../../src/dom/index.js';
import { collectHtmlFacts, resolveMetadata } from '../../src/meta/index.js';

/** The metadata stage alone on a page and the article text an extractor would give. */
function metaOf(html: string, body: string) {
  const facts = collectHtmlFacts(parseHtml(html), { url: null, headers: {} });
  return resolveMetadata({ format: 'html', facts, url: null, headers: {}, body, removedText: [], overrides: {},
    extraction: { blocks: [], html: '', title: null, paywall: { detected: false, text: null }, pageType: null, pageTypeConfidence: null, bylineZone: [] } });
}

// Snippets cut down from real pages of the date benchmarks, one per class of error fixed.
const page = (head: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const para = '<p>The council met on Tuesday evening to discuss the new budget for schools and roads across the district.</p><p>Residents asked many questions about the plan, and the mayor promised a second public meeting next month.</p>';
const paraDe = '<p>Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten, auch in Deutschland, sagte der Publizist im Gespräch.</p><p>Eine Herausforderung, der sich die Gesellschaft noch nicht einmal ansatzweise gestellt habe.</p>';

describe('time zones in the vote', () => {
  it('does not discount a UTC time that is the same local day in the page\'s own offset', () => {
    // 14:00 UTC is 07:00 at -07:00 (the offset the page uses elsewhere): still 19 September
    const r = clean(page(
      `<meta property="article:published_time" content="2021-09-19T14:00:49+00:00">${ld({ '@type': 'Article', datePublished: '2021-09-20T09:45:26-07:00', dateModified: '2021-09-19T07:00:49-07:00' })}`,
      `<article><h1>Here Comes the Pun: 317 Jokes for Kids</h1><div class="post-meta">2021/09/19 | Amber Guetebier</div>${para}</article>`));
    expect(r.date?.slice(0, 10)).toBe('2021-09-19');
  });

  it('takes the visible local day of a forum post over an offset-less server time just after midnight', () => {
    const r = clean(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Scenic Turkish and French sights', datePublished: '2026-02-15 03:05:48' }),
      `<h1>Scenic Turkish and French sights</h1><div class="postbit">Feb 14, 2026 | 9:05 pm</div><div class="post">${para}</div>`));
    expect(r.date?.slice(0, 10)).toBe('2026-02-14');
  });

  it('keeps the offset-less server time when the visible date would need an impossible offset', () => {
    // 15:00 can never be the next day in a real time zone reading: the one-day-later text is something else
    const r = clean(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Scenic Turkish and French sights', datePublished: '2026-02-14 03:05:48' }),
      `<h1>Scenic Turkish and French sights</h1><div class="postbit">Feb 15, 2026 | 9:05 pm</div><div class="post">${para}</div>`));
    expect(r.date?.slice(0, 10)).toBe('2026-02-14');
  });
});

describe('modification labels', () => {
  it('reads an "Updated" label split over the lines before the date', () => {
    const r = clean(page('<meta property="article:modified_time" content="2026-02-24T17:27:46+00:00">',
      `<article><h1>Best Identity Theft Protection Services of 2026</h1><div class="byline">By <a>Cort Honey</a></div><div class="dates"><span>Last Updated</span> <span>on</span> <span>Feb 24, 2026</span></div>${para}</article>`));
    // no publication date anywhere: the update date, said to be one
    expect([r.date, r.dateKind, r.dateConfidence]).toEqual(['2026-02-24', 'updated', 'low']);
  });

  it('reads the label inside a date element whose class says published', () => {
    const html = page('', `<article><h1>Hybrid and EV Buying Guide</h1><time class="published-date" datetime="2026-03-11T09:35">Updated March 11, 2026</time>${para}</article>`);
    expect([clean(html).date, clean(html).dateKind]).toEqual(['2026-03-11', 'updated']);
    expect(clean(html, { updatedDates: false }).date).toBeNull();
  });
});

describe('date elements by class', () => {
  it('takes a "Published On" element at the end of the article', () => {
    const r = clean(page('', `<article><h1>From Engagement to "I Do": A Wedding Timeline</h1>${para}${para}${para}<p><span class="fusion-tb-published-date">Published On: 15 August 2025</span></p></article>`));
    expect(r.date).toBe('2025-08-15');
  });

  it('takes a date element right above the title, under a news ticker', () => {
    const r = clean(page('', `<div class="ticker">+++ Transport-CH: Die Vorfreude wächst +++ Das Ölwechselkonzept +++</div><span class="date2">04. November 2021 | PAID CONTENT</span><h1>Für die Freiheit auf Rädern – Campinglösungen am Caravan Salon</h1>${paraDe}`, 'de'));
    expect(r.date).toBe('2021-11-04');
  });

  it('takes a byline right under the title even in a box whose class looks like a teaser', () => {
    const r = clean(page('', `<article><h1>„Es kommt auch darauf an, wie die Menschen sterben“</h1><div class="teaser-small__metadata"><p class="byline__author">VON MORITZ GATHMANN am 21. April 2020</p></div>${paraDe}</article>`, 'de'));
    expect(r.date).toBe('2020-04-21');
  });

  it('does not take Drupal\'s node-promoted class for a promo box', () => {
    const r = clean(page('', `<div class="node node-article node-promoted clearfix"><h1>FairCoin hackathon beim Sommercamp</h1><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>${paraDe}</div>`, 'de'));
    expect(r.date).toBe('2017-07-24');
  });

  it('takes the date in the article\'s own footer box', () => {
    const r = clean(page('', `<div class="news-single"><div class="footer"><span class="news-list-date"><time itemprop="datePublished" datetime="2022-02-01">01.02.2022</time></span></div><h1>FINA Weltmeisterschaften VERSCHOBEN</h1>${paraDe}</div>`, 'de'));
    expect(r.date).toBe('2022-02-01');
  });

  it('never takes a comment\'s datePublished, however close to the title', () => {
    const r = clean(page('', `<h1>Will this simple method work for a beginner?</h1><div>by Shancock</div><p>So could it be as simple as finding a product and running ads on a cheap domain?</p><section class="DiscussionBoard" id="comments"><time itemprop="datePublished" datetime="2024-05-28T10:24:43"></time><p>Yes it can.</p></section>`));
    expect(r.date).toBeNull();
  });
});

describe('text near the title', () => {
  it('ignores the site header\'s "today" date a few lines above the title', () => {
    const r = clean(page('<meta name="date" content="2017-05-01T17:05:00+0200">',
      `<div class="header"><span class="dlf-date">Mittwoch, 26.02.2020</span><a>LIVE STREAM</a><div>0:00</div><div>Seit 18:10 Uhr</div><div>Informationen am Abend</div></div><ul class="sections">${'<li><a>Ressort</a></li>'.repeat(8)}</ul><h1>Die Zukunft der Arbeit</h1>${paraDe}`, 'de'));
    expect(r.date?.slice(0, 10)).toBe('2017-05-01');
  });

  it('prefers the byline date under the title to a date just above it', () => {
    const r = clean(page('', `<div><a>Financial professionals</a></div><div><p>Friday, December 19, 2025</p></div><div><a>Glossary</a></div><h1>Tax 101: Understanding the basics</h1><div>By The Currency editors</div><div>12.12.2025</div>${para}`));
    expect(r.date).toBe('2025-12-12');
  });
});

describe('fallbacks and bounds', () => {
  it('takes a date standing alone on the last line of the article when nothing else dates it', () => {
    // metadata stage alone: the article text is what the extractor hands over
    const html = `<article><h2>Time to say goodbye.</h2>${paraDe}<p>Benni<br>10. September 2017</p></article>`;
    const body = ['Time to say goodbye.', 'Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten.', 'In dem Sinne: So Long, and Thanks for All the Fish!', 'Benni', '10. September 2017'].join('\n\n');
    const r = metaOf(page('', html, 'de'), body);
    expect(r.date).toBe('2017-09-10');
    expect(r.dateConfidence).toBe('medium');
    expect(metaOf(page('', html, 'de'), body.replace('10. September 2017', '© 2017 Benni')).date).toBeNull();
  });

  it('takes a lone "Last updated" line at the top of the article only as an update date', () => {
    const html = page('', `<article><h1>Debunking 10 common nutrition myths</h1><p>Last Updated : 20 January 2025</p>${para}${para}</article>`);
    expect(clean(html, { updatedDates: false }).date).toBeNull();
    expect([clean(html).date, clean(html).dateKind]).toEqual(['2025-01-20', 'updated']);
    // a publication date anywhere wins over the update
    const both = page('<meta property="article:published_time" content="2024-05-02">', `<article><h1>Debunking 10 common nutrition myths</h1><p>Last Updated : 20 January 2025</p>${para}${para}</article>`);
    expect([clean(both).date, clean(both).dateKind]).toEqual(['2024-05-02', 'published']);
  });

  it('reads the start of a long date-classed box', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `<span class="tag">Scholarly publishing topic ${i}</span>`).join('');
    const r = clean(page('', `<article><h1>Guide to academic journal indexing</h1>${para}${para}<div class="meta date-section-header"><span>Posted on April 13, 2023</span><div class="tags">${tags}</div></div></article>`));
    expect(r.date).toBe('2023-04-13');
  });

  it('lowers a candidate outside the year/month written in the URL', () => {
    const r = clean(page('<meta property="article:published_time" content="2021-05-01T10:00:00+01:00">',
      `<article><h1>Pour le néolibéralisme, la retraite est un archaïsme</h1><p class="byline">Par Barbara Stiegler · December 9, 2019</p>${para}</article>`),
      { url: 'https://aoc.example/opinion/2019/12/pour-le-neoliberalisme/' });
    expect(r.date).toBe('2019-12-09');
  });
});

describe('title surroundings', () => {
  it('reads the byline of the page\'s own <h1> when the title matched another heading', () => {
    const r = clean(page('<meta property="og:title" content="How Does Robot Vacuum Mapping Work">',
      `<div class="hero"><h1>How Do Vacuum Robots with Mapping Navigate?</h1><h5><span>2024-11-06</span></h5></div>${para}<h2>How Does Robot Vacuum Mapping Work</h2>${para}`));
    expect(r.date).toBe('2024-11-06');
  });

  it('reads a date right under the title in a box whose class only looks like chrome', () => {
    const r = clean(page('', `<section class="section-hero cc-newsletter"><h1>Foundational Fitness Protocol</h1><div class="newsletter-details-wrapper"><p>November 2, 2022</p></div></section>${para}`));
    expect(r.date).toBe('2022-11-02');
  });

  it('never reads a date from a copyright line', () => {
    const r = clean(page('', `<article><h1>The budget story of the year</h1><p class="note">© Example News 01.01.2025</p>${para}</article>`));
    expect(r.date).toBeNull();
  });
});

describe('JSON-LD', () => {
  it('splits the weight of datePublished values that disagree, so other evidence decides', () => {
    const graph = { '@graph': [
      { '@type': 'WebPage', datePublished: '2021-09-20T09:45:26-07:00' },
      { '@type': 'Article', datePublished: '2021-09-19T14:00:49Z' },
      { '@type': 'BlogPosting', datePublished: '2021-09-19T14:00:49+00:00' },
    ] };
    const r = clean(page(ld(graph), `<article><h1>Here Comes the Pun</h1>${para}</article>`));
    expect(r.date?.slice(0, 10)).toBe('2021-09-19');
  });
});
