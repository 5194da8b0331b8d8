/** A script-built page whose HTML holds no article gets its description as the body, flagged in `warnings`; only then. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { pageSummary, SUMMARY_WARNING } from '../../../src/extract/html/summary-fallback.js';

const question = 'Hello all, I am new to astronomy and keen to start exploring the night sky. I would love some advice on choosing a first telescope that is easy to use but still shows planets and galaxies. My budget is around $400.';
// the shape of a forum served without its crawler view: the post is only in the head's description metas
const shell = (description: string, main = ''): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Best first telescope? - Site Feedback - Stargazers</title>
<meta name="description" content="${description.slice(0, 120)}&amp;hellip;">
<meta property="og:description" content="${description}..."><meta property="og:title" content="Best first telescope?">
<meta name="generator" content="Discourse 3.5.0"></head>
<body><section id="d-splash"><div class="preloader-image"><div class="dots"></div></div></section>
<section id="main">${main}</section>
<form id="hidden-login-form" method="post" action="/login" style="display: none;"><input name="username" type="text"><input type="submit" value="Log In"></form>
</body></html>`;
const url = 'https://forum.example.org/t/best-first-telescope/1555';

describe('description as the body of last resort', () => {
  it('a page whose HTML holds only a script shell gets its longest description, without the trailing ellipsis, and says so', () => {
    const r = clean(shell(question), { url, readability: 'never' });
    expect(r.body).toBe(question);
    expect(r.warnings).toContain(SUMMARY_WARNING);
    expect(r.html).toContain('<p>Hello all, I am new to astronomy');
  });

  it('a page with an article of its own keeps it and gives no warning', () => {
    const post = Array.from({ length: 4 }, (_, i) => `<p>Reply ${i}: start with a pair of binoculars and a star chart, learn the sky for a few months, then buy a small dobsonian reflector, which gives the most aperture for the money.</p>`).join('');
    const r = clean(shell(question, `<article>${post}</article>`), { url, readability: 'never' });
    expect(r.body).toContain('dobsonian reflector');
    expect(r.body).not.toContain('new to astronomy');
    expect(r.warnings).not.toContain(SUMMARY_WARNING);
  });

  it('a slogan is not a summary: an empty page with a short description keeps an empty body', () => {
    const r = clean(shell('Shop the best deals on telescopes'), { url, readability: 'never' });
    expect(r.body).toBe('');
    expect(r.warnings).toEqual([]);
  });

  it('markup written in a description is text: the sanitized HTML carries no tag from it, only escaped text', () => {
    const hostile = `${question} &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;`;
    const r = clean(shell(hostile), { url, readability: 'never' });
    expect(r.body).toContain('<script>alert(1)</script>');
    expect(r.html).not.toMatch(/<script|<img/i);
    expect(r.html).toContain('&lt;script&gt;');
  });

  it('counts a Chinese description by its characters: a shell with one gets it as the body', () => {
    const zh = '大家好，我刚开始学习天文，想请教一下第一台望远镜应该怎么选，预算大约三千元。';
    expect(pageSummary(new Map([['og:description', [zh]]]))).toBe(zh);
    const r = clean(shell(zh), { url, readability: 'never' });
    expect(r.body).toBe(zh);
  });

  it('reads og:description, twitter:description and description, whichever is longest', () => {
    const metas = new Map([['description', ['A short one about telescopes for people who are new to the hobby.']], ['twitter:description', [`${question} …`]]]);
    expect(pageSummary(metas)).toBe(question);
    expect(pageSummary(new Map())).toBeNull();
  });
});
