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

  it('a star-rating plugin under a post leaves with its vote count and loading label', () => {
    // WP-PostRatings' markup (German blog), shortened: the stars are images, so its text is the count and "Loading..."
    const ratings = '<p><span id="post-ratings-90871" class="post-ratings" data-nonce="5b72e98164"><img src="/stars/rating_off.gif" alt="1 Stern" />'
      + ' (Noch keine Bewertungen)<br /></span><span id="post-ratings-90871-loading" class="post-ratings-loading"><img src="/images/loading.gif" />Loading...</span></p>';
    const p = '<p>Die Bank stellt ihr Kartengeschäft bis zum Sommer auf eine neue Plattform um, und die Kunden erhalten dafür im Frühjahr neue Karten mit einer anderen Nummer.</p>';
    const r = clean(post(p.repeat(3) + ratings), { url: 'https://finanz.example/2023/05/karten/', readability: 'never' });
    expect(r.body).toContain('neue Plattform');
    expect(r.body).not.toContain('Bewertungen');
    expect(r.body).not.toContain('Loading');
    expect(widgetReason(el('class="kk-star-ratings kksr-template"'))).toBe('rating');
  });

  it('on a post of one line, where class words alone would leave almost nothing, the widgets still leave', () => {
    const r = clean(post('<p>„Dann sag es nicht.“ – „Ok.“</p>'), { url: 'https://reise.wordpress.com/2013/06/14/ok/', readability: 'never' });
    for (const label of ['Gefällt mir', 'Ähnliche Beiträge', 'Du kommentierst', 'Gib hier deinen Kommentar']) expect(r.body).not.toContain(label);
  });
});

describe('platform-hidden menus', () => {
  // an Invision Community post: the author pane's "system specs" dropdown is in the markup, hidden by the platform's `ipsHide`
  const specs = ['Motherboard', 'Asus Zenith II Extreme', 'Processor', 'AMD Threadripper 3960X', 'Memory', '8x16 Dominator Pro RGB 3466Mhz', 'Power Supply', 'Corsair AX1600i']
    .map((t) => `<li><div class="ipsSystemSpecs__value">${t}</div></li>`).join('');
  const pane = `<aside class="ipsComment_author cAuthorPane ipsColumn"><h3>DevBiker</h3><ul class="cAuthorPane_info ipsList_reset"><li data-role="system-specs">`
    + `<a href="#" title="System Specs">Specs</a><div class="ipsMenu ipsHide ipsMenu_wide" id="systemSpecs_1065466_menu"><div class="ipsType_bold">DevBiker's Main Rig</div>`
    + `<ul class="ipsSystemSpecs">${specs.repeat(4)}</ul></div></li></ul></aside>`;
  const page = `<html><body><main><h1>New 2500X PC case</h1><article class="cPost ipsComment">${pane}<div class="ipsColumn ipsColumn_fluid"><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText">`
    + '<p>I have heard from one of the moderators that the rear port is for an external connection to Link devices, the hubs and controllers that run the fans and lights.</p>'
    + '<p>Not sure about the one on the bottom with the fans: the manual says nothing about it, and it looks too deliberate to be a leftover from the mould.</p></div></div></div></article></main></body></html>';

  it('the hidden dropdown leaves, the post stays, even where the menu out-writes a short thread', () => {
    const r = clean(page, { url: 'https://forum.corsair.example/forums/topic/188682-new-2500x-pc-case/', readability: 'never' });
    expect(r.body).toContain('external connection to Link devices');
    expect(r.body).not.toContain('Main Rig');
    expect(r.body).not.toContain('Threadripper');
  });
});
