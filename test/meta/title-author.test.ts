import { describe, it, expect } from 'vitest';
import { stripSiteName } from '../../src/meta/title.js';
import { authorFromLine, cleanAuthor } from '../../src/meta/author.js';
import { clean } from '../../src/index.js';

describe('title site-name suffixes', () => {
  it.each([
    ['La bataille des modèles en open source | Le Monde', ['Le Monde'], 'La bataille des modèles en open source'],
    ['维基百科与微软签署AI内容训练协议_网易订阅', [], '维基百科与微软签署AI内容训练协议'],
    ['Arrest made in Tarzana - KTLA', ['KTLA'], 'Arrest made in Tarzana'],
    ['Example Blog – How to bake bread at home', ['Example Blog'], 'How to bake bread at home'],
    ['How to bake bread at home · example.com', [], 'How to bake bread at home'],
    ['Intelligence artificielle : la bataille des modèles en open source', [], 'Intelligence artificielle : la bataille des modèles en open source'],
    ['Covid-19: what we know', [], 'Covid-19: what we know'],
    ['武汉的声音：有英勇的你，才有英雄的城！-新华网', [], '武汉的声音：有英勇的你，才有英雄的城！'],
    ['中美元首会晤-经贸合作取得新进展', [], '中美元首会晤-经贸合作取得新进展'],
  ])('%s', (title, sites, want) => {
    expect(stripSiteName(title, sites, ['example.com', 'example'])).toBe(want);
  });

  it('takes the h1 that matches og:title over a logo h1, without the suffix', () => {
    const html = `<html><head><title>Budget talks go on | Daily Planet</title><meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Budget talks go on | Daily Planet"></head>
      <body><header><h1>Daily Planet</h1></header><article><h1>Budget talks go on</h1><p>Text of the article that is long enough to count as a paragraph of news.</p></article></body></html>`;
    expect(clean(html).title).toBe('Budget talks go on');
  });
});

describe('authors', () => {
  it.each([
    ['Espace PressePar Espace Pressemars 13, 2025', 'Espace Presse'],
    ['By Jane Doe | March 3, 2024', 'Jane Doe'],
    ['Von Björn Jahner | 31.10.23', 'Björn Jahner'],
    ['作者：张三', '张三'],
    ['Por María López, 13 de marzo de 2025', 'María López'],
  ])('%s', (line, want) => expect(authorFromLine(line)).toBe(want));

  it('is never a site name, a date or a URL', () => {
    expect(cleanAuthor('Le Méridien', 'Le Méridien', null)).toBeNull();
    expect(cleanAuthor('https://www.facebook.com/someone', null, null)).toBeNull();
    expect(cleanAuthor('13 mars 2025', null, null)).toBeNull();
    expect(cleanAuthor('ktla', null, 'https://ktla.com/news/x')).toBeNull();
    expect(authorFromLine('By the way, this is a sentence')).toBeNull();
  });

  it('reads JSON-LD, then meta author, then rel=author', () => {
    const ld = { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Josh DuBose' }, { '@type': 'Organization', name: 'KTLA' }] };
    expect(clean(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>T</h1><p>x</p></body></html>`).author).toBe('Josh DuBose');
    expect(clean('<html><head><meta name="author" content="Ann Lee"></head><body><h1>T</h1><p>x</p></body></html>').author).toBe('Ann Lee');
    expect(clean('<html><body><article><h1>Title of it</h1><a rel="author" href="/a/x">Kim Park</a><p>x</p></article></body></html>').author).toBe('Kim Park');
  });
});
