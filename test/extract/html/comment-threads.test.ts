/** Readers' comments under an article leave with the chrome even when they out-write it; on a discussion page they stay. */
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';

const p = (t: string): string => `<p>${t}, the company said in a statement on Monday, adding that more details would follow later this year.</p>`;
const comment = (who: string, t: string): string => `<div class="comment"><div class="comment_author">${who}</div><div class="comment_text">${`<p>${t} I have been following this for years and I think the keyboard change matters far more than the screen size, whatever the marketing says about it.</p>`.repeat(12)}</div></div>`;
const page = `<html><body><main><article><h1>New laptop expected next year</h1>${p('The maker plans a smaller model with the new keyboard')}${p('The display size will stay the same')}</article>`
  + `<div class="comments"><h2>Top rated comments</h2>${comment('reader1', 'Finally.')}${comment('reader2', 'About time.')}${comment('reader3', 'Not convinced.')}</div></main></body></html>`;

describe('comment threads', () => {
  it('under an article, a comments box holding several long comments leaves as comments, though they out-write the article', () => {
    const r = clean(page, { url: 'https://news.example.com/2019/11/18/new-laptop', readability: 'never' });
    expect(r.body).toContain('smaller model with the new keyboard');
    expect(r.body).not.toContain('I have been following this for years');
    // pruned as a box before the model: no comment reaches the block classifier (which would log it as low-score)
    const gone = r.removed.filter((x) => x.text.includes('I have been following'));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((x) => x.reason === 'comments')).toBe(true);
  });

  it('on a discussion page (a forum URL) the same box is the page: its long comments are not pruned', () => {
    const r = clean(page, { url: 'https://forum.example.com/t/new-laptop-expected-next-year/1555', readability: 'never' });
    expect(r.removed.some((x) => x.reason === 'comments' && x.text.includes('I have been following'))).toBe(false);
  });

  it('a comments-named box with one long text in it (an article under an unlucky name) is still spared', () => {
    const one = `<html><body><main><h1>New laptop expected next year</h1><div class="comments">${p('The maker plans a smaller model with the new keyboard').repeat(12)}</div></main></body></html>`;
    const r = clean(one, { url: 'https://news.example.com/2019/11/18/new-laptop', readability: 'never' });
    expect(r.body).toContain('smaller model with the new keyboard');
  });
});
