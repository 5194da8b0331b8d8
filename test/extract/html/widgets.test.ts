/**
 * Known third-party widgets (WordPress's comment form, Jetpack's like, share and related-post boxes) leave whatever
 * the page holds: on a short post the class-word pruning is relaxed, and the widget's labels are in the blog's language.
 */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { widgetReason } from '../../../src/extract/html/classes.js';
import { clean } from '../../../src/index.js';
import type { Element } from 'domhandler';

const el = (attrs: string): Element => parseHtml(`<div ${attrs}></div>`).children[0] as Element;

// the markup Jetpack prints under a WordPress.com post (German blog), shortened
const jetpack = `<div id="jp-post-flair" class="sharedaddy sd-rating-enabled sd-like-enabled sd-sharing-enabled">`
  + `<div class="sd-block sd-rating"><h3 class="sd-title">Bewerten:</h3><div class="cs-rating pd-rating"></div></div>`
  + `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Teilen mit:</h3>`
  + `<div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="?share=twitter"><span>Twitter</span></a></li></ul></div></div></div>`
  + `<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-64775252-462-5e57f9420906e">`
  + `<h3 class="sd-title">Gefällt mir:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Gefällt mir</span></span> <span class="loading">Wird geladen …</span></div></div>`
  + `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3></div></div>`;
const respond = `<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Kommentar verfassen</h3>`
  + `<form id="commentform" class="comment-form"><p>Gib hier deinen Kommentar ein ...</p><p>Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:</p>`
  + `<p>Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )</p><p>Benachrichtigung bei weiteren Kommentaren per E-Mail senden.</p></form></div>`;
const post = (body: string): string => `<html><head><title>Winterreise</title></head><body><div id="content"><div class="post-462 post type-post hentry">`
  + `<h2>Winterreise</h2><div class="entry-content">${body}${jetpack}</div></div>${respond}</div></body></html>`;

describe('third-party widgets', () => {
  it('are named by their whole class or id, whatever content word stands beside it', () => {
    expect(widgetReason(el('id="jp-post-flair" class="sharedaddy sd-like-enabled"'))).toBe('share');
    expect(widgetReason(el('class="jp-relatedposts"'))).toBe('related');
    expect(widgetReason(el('id="respond" class="comment-respond"'))).toBe('comments');
    // a part of a name is not the widget's name
    expect(widgetReason(el('class="sharedaddy-tips entry-content"'))).toBeNull();
    expect(widgetReason(el('class="entry-content"'))).toBeNull();
  });

  it('under a post, Jetpack\'s boxes and the comment form leave with their labels', () => {
    const p = '<p>Wir fuhren im Januar mit dem Zug durch das verschneite Erzgebirge, und an jedem Bahnhof stiegen mehr Wanderer mit Schneeschuhen zu, die alle dasselbe Ziel hatten.</p>';
    const r = clean(post(p.repeat(4)), { url: 'https://reise.wordpress.com/2015/12/12/winterreise/', readability: 'never' });
    expect(r.body).toContain('verschneite Erzgebirge');
    for (const label of ['Bewerten:', 'Gefällt mir', 'Wird geladen', 'Ähnliche Beiträge', 'Kommentar verfassen', 'Du kommentierst']) expect(r.body).not.toContain(label);
    expect(r.removed.some((x) => x.reason === 'share' && x.text.includes('Gefällt mir:'))).toBe(true);
  });

  it('on a post of one line, where class words alone would leave almost nothing, the widgets still leave', () => {
    const r = clean(post('<p>„Dann sag es nicht.“ – „Ok.“</p>'), { url: 'https://reise.wordpress.com/2013/06/14/ok/', readability: 'never' });
    for (const label of ['Gefällt mir', 'Ähnliche Beiträge', 'Du kommentierst', 'Gib hier deinen Kommentar']) expect(r.body).not.toContain(label);
  });
});
