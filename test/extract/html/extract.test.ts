/** The HTML path on real fixture pages: what stays, what goes, and that every DOM backend gives the same answer. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { clean } from '../../../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/rules/${name}`, import.meta.url), 'utf8');
const harbour = fixture('daily-harbour.html');

describe('generic HTML extraction (no site rule)', () => {
  const r = clean(harbour, { url: 'https://www.dailyharbour.example/local/ferry-strike', builtinRules: false });

  it('keeps the article paragraphs in order, as blocks separated by a blank line', () => {
    const paras = r.body.split('\n\n');
    const first = paras.findIndex((p) => p.startsWith('Ferry crews will return to work on Friday'));
    const second = paras.findIndex((p) => p.startsWith('The strike, now in its second week'));
    const third = paras.findIndex((p) => p.startsWith('Under the agreement, crews will work'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });

  it('drops the menu, the related list, the footer and the paywall stub, and says why', () => {
    for (const chrome of ['Business', 'Lifeboat crew honoured', 'Privacy', 'Subscribe to continue reading']) expect(r.body).not.toContain(chrome);
    const reasons = new Set(r.removed.map((x) => x.reason));
    expect(reasons.has('nav') || reasons.has('header')).toBe(true);
    expect(reasons.has('footer')).toBe(true);
  });

  it('reports the paywall stub and reads the metadata', () => {
    expect(r.paywall).toEqual({ detected: true, text: 'Subscribe to continue reading this article.' });
    expect(r.title).toBe('Ferry strike ends after night of talks');
    expect(r.date?.slice(0, 10)).toBe('2025-06-12');
    expect(r.language).toBe('en');
    expect(r.format).toBe('html');
  });

  it('gives sanitized HTML of the article with absolute links', () => {
    expect(r.html).toContain('Ferry crews will return to work');
    expect(r.html).not.toMatch(/<(script|nav|footer)\b/);
  });

  it('keeps the inline markup of the article (links made absolute, emphasis, images) in html', () => {
    const page = harbour.replace('agreed a new deal', 'agreed a <a href="/deal" onclick="x()">new deal</a> with <em>Harbour Lines</em> <img src="/i/ferry.jpg" alt="ferry">');
    const h = clean(page, { url: 'https://www.dailyharbour.example/local/ferry-strike', builtinRules: false }).html;
    expect(h).toContain('<a href="https://www.dailyharbour.example/deal">new deal</a>');
    expect(h).toContain('<em>Harbour Lines</em>');
    expect(h).toMatch(/<img src="https:\/\/www\.dailyharbour\.example\/i\/ferry\.jpg"/);
    expect(h).not.toContain('onclick');
  });
});

describe('DOM backends', () => {
  it('light, linkedom and jsdom give the same body (one tree shape for all)', () => {
    const bodies = (['light', 'linkedom', 'jsdom'] as const).map((dom) => clean(harbour, { dom, builtinRules: false }).body);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[2]).toBe(bodies[0]);
  });
});

describe('Readability as a second candidate', () => {
  it('every mode gives the article; never and always are both accepted', () => {
    for (const readability of ['never', 'auto', 'always'] as const) {
      const r = clean(harbour, { readability, builtinRules: false });
      expect(r.body).toContain('The strike, now in its second week');
      expect(r.body).not.toContain('Lifeboat crew honoured');
    }
  });
});

describe('NetEase article without its site rule', () => {
  it('drops the platform notice (特别声明) from the body', () => {
    const r = clean(fixture('netease-dy-article.html'), { builtinRules: false });
    expect(r.body).not.toContain('特别声明');
    expect(r.body.length).toBeGreaterThan(300);
    expect(r.removed.some((x) => x.reason === 'notice')).toBe(true);
  });
});

describe('page structure edge cases', () => {
  it('words on either side of a removed element stay apart', () => {
    const r = clean('<html><body><article><p>The council<script>x()</script>voted on Monday, and the mayor<span hidden>secret</span>said the decision was final after a long debate in the chamber.</p></article></body></html>');
    expect(r.body).toContain('council voted');
    expect(r.body).toContain('mayor said');
    expect(r.body).not.toContain('secret');
  });

  it('keeps a hidden element that holds the page (a streamed React segment), drops a small hidden menu', () => {
    const para = 'Search engines reward pages that load quickly, answer the question a reader came with, and are linked from other sites that readers already trust.';
    const page = `<html><body><div hidden class="mobile-menu"><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/pricing">Pricing</a></div>`
      + `<main><template id="B:0"></template><div class="skeleton">Loading…</div></main>`
      + `<div hidden id="S:0"><article><h1>Ten SEO tutorials worth your time</h1><p>${para}</p><p>${para.replace('Search', 'Good search')}</p><p>${para.replace('reader', 'visitor')}</p></article></div></body></html>`;
    const r = clean(page);
    expect(r.body).toContain('Search engines reward pages');
    expect(r.body).not.toContain('Pricing');
  });

  it('reads closed tab and accordion panels (the reader opens them); drops popovers and other hidden boxes', () => {
    const p = (t: string): string => `<p>${t}, written out in a full sentence so that the block reads as the product's own prose.</p>`;
    const page = `<html><body><main><h1>Summit 24 smokeless fire pit</h1>${p('Our most advanced fire pit lights three times faster')}`
      + `<div class="chakra-accordion"><button>Safety, care and use</button><div class="chakra-collapse" style="display:none">`
      + `<div role="region" aria-labelledby="acc-1">${p('Never leave a lit fire unattended and keep a fire extinguisher nearby')}</div></div></div>`
      + `<div role="tablist"><button role="tab">Specs</button></div><div role="tabpanel" hidden>${p('The stand is made of stainless steel and weighs eleven kilograms')}</div>`
      + `<h2>Warranty</h2><div hidden="until-found">${p('The fire pit is covered by a lifetime warranty against rust and defects')}</div>`
      + `<div popover id="push-prompt">${p('Configure browser push notifications in the settings of your browser')}</div>`
      + `<div style="display:none" class="size-guide">${p('Our size guide explains how to measure the space in your garden')}</div></main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('Our most advanced fire pit');
    expect(r.body).toContain('Never leave a lit fire unattended');
    expect(r.body).toContain('The stand is made of stainless steel');
    expect(r.body).toContain('lifetime warranty');
    expect(r.body).not.toContain('push notifications');
    expect(r.body).not.toContain('size guide');
  });

  it('an accordion marked up as a tab list is content; a tab bar is not', () => {
    const p = (t: string): string => `<p>${t}, which the course page answers in a full sentence for every visitor who opens it.</p>`;
    const panel = (q: string, a: string): string => `<div class="panel"><div class="panel-heading" role="tab"><a role="button">${q}</a></div><div class="panel-collapse collapse" role="tabpane-x"><div class="panel-body">${p(a)}</div></div></div>`;
    const page = `<html><body><div role="tablist"><a role="tab">Overview</a><a role="tab">Syllabus</a><a role="tab">Reviews</a></div>`
      + `<main><h1>Blockchain fundamentals course</h1>${p('The free course teaches how blocks, hashes and consensus fit together')}${p('Each lesson ends with a short quiz on what it covered')}`
      + `${p('The instructor answers questions in the community forum every week')}${p('Learners who finish all lessons receive a certificate')}${p('The course takes about six hours in total')}`
      + `<div class="panel-group" role="tablist">${panel('Does the course have CPD accreditation?', 'The course has no CPD accreditation but gives a certificate of completion')}`
      + `${panel('What are the prerequisites?', 'There are no prerequisites and anyone can enrol in the course at any time')}</div></main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('no CPD accreditation');
    // the panels reach the block model (whether it keeps the last answer of this small page is its call)
    expect(r.removed.some((x) => x.reason === 'tablist' && (x.text.includes('anyone can enrol') || x.text.includes('prerequisites')))).toBe(false);
    expect(r.body).not.toContain('Syllabus');
    expect(r.removed.some((x) => x.reason === 'tablist' && x.text.includes('Syllabus'))).toBe(true);
  });

  it('moves streamed React segments into their placeholders, in reading order, whatever their size', () => {
    const para = (topic: string): string => `<p>${topic} is explained here in a paragraph of real prose, with clauses, commas and a full stop, for readers who came for it.</p>`;
    const page = '<html><body><main><h1>How index funds work</h1>'
      + `${para('The first idea')}<template id="B:0"></template><div>Loading paragraph...</div>${para('The third idea')}<template id="B:1"></template><div>Loading paragraph...</div></main>`
      + `<div hidden id="S:1">${para('The fourth idea')}</div><div hidden id="S:0">${para('The second idea')}</div>`
      + `<div hidden id="S:7">${para('A late part without a placeholder')}</div><div hidden class="menu"><a href="/">Home</a></div></body></html>`;
    const r = clean(page, { readability: 'never' });
    const at = (s: string): number => r.body.indexOf(s);
    for (const s of ['The first idea', 'The second idea', 'The third idea', 'The fourth idea', 'A late part']) expect(at(s), s).toBeGreaterThanOrEqual(0);
    expect(at('The first idea')).toBeLessThan(at('The second idea'));
    expect(at('The second idea')).toBeLessThan(at('The third idea'));
    expect(at('The third idea')).toBeLessThan(at('The fourth idea'));
    expect(r.body).not.toContain('Home');
  });

  it('a consent dialog as long as the page does not get the forum thread pruned as comments', () => {
    const post = (who: string, t: string): string => `<article id="elComment_${who.length}" class="cPost ipsComment"><p>${who}</p><p>${t}</p></article>`;
    const cookie = 'These technologies are used by or on behalf of our partners to understand how the site is used and to show relevant content, and they cannot be disabled in our systems. ';
    const page = `<html><body><div id="onetrust-consent-sdk"><h2>Privacy Preference Center</h2><p>${cookie.repeat(6)}</p><p>${cookie.repeat(5)}</p></div>`
      + `<main><h1>New 2500X PC case</h1><div id="comments">${post('Rabbids', 'Does anyone know what these two ports on the case are for? The manual says nothing about them, but they look very intentional and placed with a purpose.')}`
      + `${post('DevBiker', 'I have heard that the rear one is for an external connection of the lighting devices, but I am not sure about the one at the bottom near the fans.')}</div></main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('Does anyone know what these two ports');
    expect(r.body).not.toContain('Privacy Preference Center');
  });

  it("a forum post's signature under each post leaves as signature; the posts stay", () => {
    const sig = '<div class="postsignature"><p>"UNIX is simple and coherent" - Dennis Ritchie; "GNU is Not Unix" - Richard Stallman</p></div>';
    const post = (who: string, t: string): string => `<div class="post"><p>${who}</p><div class="postmsg"><p>${t}</p></div>${sig}</div>`;
    const page = `<html><body><main><h1>Wayland session will not start after the update</h1>`
      + `${post('alice', 'After the last system update my Wayland session fails to start and drops me back at the login manager without any message in the journal.')}`
      + `${post('bob', 'Check whether the graphics driver was updated as well and rebuild the initramfs, then look at the compositor log in your home directory.')}</main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('my Wayland session fails');
    expect(r.body).toContain('rebuild the initramfs');
    expect(r.body).not.toContain('Dennis Ritchie');
    expect(r.removed.some((x) => x.reason === 'signature')).toBe(true);
  });

  it('a signature is chrome even when its class also names content, and when it out-writes a short thread', () => {
    const sig = `<div data-role="memberSignature" class="ipsEntry__signature"><p>${'Want to improve your store? I build proven solutions including breadcrumbs, currencies, wishlists and age pop-ups for every plan. '.repeat(4)}</p></div>`;
    const page = `<html><body><main><h1>Squarespace roadmap discussion</h1><div class="post"><p>paul2009</p>`
      + `<div class="ipsEntry__post"><p>For more insight into the products and the roadmap, check whether you are eligible to join the partner circle.</p></div>${sig}</div></main></body></html>`;
    const r = clean(page, { readability: 'never' });
    expect(r.body).toContain('check whether you are eligible');
    expect(r.body).not.toContain('I build proven solutions');
    expect(r.removed.some((x) => x.reason === 'signature')).toBe(true);
    // longer than any signature: a page whose content box is named after its signature dishes
    const menu = `<html><body><div class="page"><h1>Our kitchen</h1><p>Our chefs cook with what the farms around the valley bring in each morning, and the menu changes with the seasons and the weather.</p><p>Book a table for dinner from Tuesday to Sunday; on Sundays we also serve a long family lunch.</p><p>Groups of more than eight guests can reserve the back room, which seats twenty around one long oak table.</p><div class="signature-dishes">${'<p>The slow-roasted lamb shoulder is rubbed with garlic, rosemary and smoked paprika, then cooked for seven hours until it falls apart at the touch of a fork.</p>'.repeat(12)}</div></div></body></html>`;
    expect(clean(menu, { readability: 'never' }).body).toContain('slow-roasted lamb');
  });

  it('reads a data table by rows: one block per row in body, a real <table> in html', () => {
    const para = 'The final standings of the season were decided in the last race, where the champion finished well ahead of his two closest rivals.';
    const rows = [['1', 'Kyle Busch', '5040'], ['2', 'Martin Truex Jr.', '5035'], ['3', 'Kevin Harvick', '5033'], ['4', 'Denny Hamlin', '5027']];
    const table = `<table><thead><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const r = clean(`<html><body><article><h1>Final standings of the cup series</h1><p>${para}</p>${table}<p>${para.replace('final', 'closing')}</p></article></body></html>`, { readability: 'never' });
    expect(r.body).toContain('Pos. Driver Points\n\n1 Kyle Busch 5040\n\n2 Martin Truex Jr. 5035');
    expect(r.html).toMatch(/<table>\s*<tr><th>Pos\.<\/th><th>Driver<\/th><th>Points<\/th><\/tr>\s*<tr><td>1<\/td><td>Kyle Busch<\/td><td>5040<\/td><\/tr>/);
  });

  it('class words and tag names like constructor or __proto__ are only words', () => {
    const r = clean('<html><body><div class="constructor toString"><nav class="__proto__">Home</nav><constructor><p class="hasOwnProperty">The article paragraph is long enough to be kept, with commas, clauses and a full stop at its end.</p></constructor></div></body></html>');
    expect(r.body).toContain('The article paragraph');
    for (const x of r.removed) expect(typeof x.reason).toBe('string');
  });

  it('pathological nesting stays fast and never reaches Readability', () => {
    const n = 20_000;
    const t = performance.now();
    const r = clean(`<html><body>${'<div>'.repeat(n)}<p>Deep paragraph with enough words to count, and a comma.</p>${'</div>'.repeat(n)}</body></html>`, { readability: 'always' });
    expect(performance.now() - t).toBeLessThan(8000);
    expect(typeof r.body).toBe('string');
  });

  it('nesting that pruning removes (a tower of tab lists) still keeps Readability away: the raw page is judged', () => {
    const n = 1_000;
    const intro = '<p>Intro paragraph of the ferry report: the workers will strike on Monday, the union said, after talks with the operator failed.</p>'
      + '<p>The operator said it would run a reduced timetable and refund tickets for the crossings it cancels.</p>';
    const page = `<html><body><main><h1>Ferry strike on Monday</h1>${intro}</main>${'<div role="tablist">'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;
    // Readability's own pass over this tower takes about ten seconds here: within the budget means it was not run
    const r = clean(page, { readability: 'always', timeoutMs: 4000 });
    expect(r.body).toContain('Intro paragraph');
  });

  it('a page served inside <noscript> (script-built sites) is read; a small noscript note is not', () => {
    const post = 'I bought my first telescope last spring, and the advice in this thread helped me pick a sturdy mount. '.repeat(6);
    const r = clean(`<html><body><div id="app"></div><noscript><div class="topic"><h1>First telescope?</h1><p>${post}</p></div></noscript><noscript>Please enable JavaScript to use this site.</noscript></body></html>`);
    expect(r.body).toContain('sturdy mount');
    expect(r.body).not.toContain('enable JavaScript');
  });

  it('a document pasted inside a div joins the page', () => {
    const r = clean('<html><body><div class="content"><html><head><title>inner</title></head><body><p>The pasted article paragraph is long enough to be kept as the main content of this page, with commas, too.</p></body></html></div></body></html>');
    expect(r.body).toContain('The pasted article paragraph');
  });

  it('class words that would leave the page empty are wrong about it: a category grid in a related-product section stays', () => {
    const item = (k: number): string => `<li><a href="/p/${k}"><h3>Model KR${k} robotic lawn mower</h3><p>Quiet, autonomous, up to ${k} acres per charge.</p><span>$ ${k},099.99</span></a></li>`;
    const grid = `<section class="related-product"><ul>${Array.from({ length: 8 }, (_, k) => item(k + 1)).join('')}</ul></section>`;
    const alone = clean(`<html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><h1>Robotic lawn mowers</h1>${grid}<footer>© 2026 Kress</footer></body></html>`);
    expect(alone.body).toContain('Model KR3 robotic lawn mower');
    expect(alone.removed.some((x) => x.reason === 'related')).toBe(false);
    // next to an article, the same section is still related links
    const prose = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k} of the article tells at length, with commas and clauses, how the new mowers were tested in wet spring grass over several weeks.</p>`).join('');
    const article = clean(`<html><body><article><h1>Testing mowers</h1>${prose}</article>${grid}</body></html>`);
    expect(article.body).toContain('how the new mowers were tested');
    expect(article.removed.some((x) => x.reason === 'related')).toBe(true);
  });
});
