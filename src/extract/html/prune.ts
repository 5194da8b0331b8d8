/**
 * Pruning: removes what is never article text (scripts, forms, hidden elements and popovers, but not the closed tab
 * and accordion panels a reader opens), then chrome recognised by
 * tag, ARIA role or class/id words — unless the element holds most of the page's prose (a main container with
 * an unlucky class name) — and the boxes of known third-party widgets, always. Every cut is logged in `removed`
 * with its reason.
 */
import { isTag, isText, isComment, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { removeLeavingGap, textOf } from '../../dom/query.js';
import type { RemovedLog } from '../../pipeline/removed.js';
import { DROP_TAGS, CHROME_TAGS, CHROME_ROLES, PANEL_ROLES, HIDDEN_STYLE, HIDDEN_CLASS, EMBEDDED_POST_CLASS } from './vocab.js';
import { classNames, classWords, chromeReason, hasContentWord } from './classes.js';
import { computeStats, statsOf, linkDensity, type StatsMap } from './stats.js';
import { isStreamedSegment, isSegmentPlaceholder, placeStreamedSegments } from './streamed-segments.js';

/** Hidden by the platform's own stylesheet (HIDDEN_CLASS): a menu, never the page waiting for a script. */
function isPlatformHidden(el: Element): boolean {
  const c = el.attribs['class'];
  return c !== undefined && HIDDEN_CLASS.test(c);
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  // `popover`: shown only when its button opens it (menus, cards, prompts), as `hidden` is until a script shows it;
  // `hidden="until-found"` is a collapsed section that find-in-page opens: text the reader can reach
  if (('hidden' in a && a['hidden']?.toLowerCase() !== 'until-found') || 'popover' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * A closed tab or accordion panel (`role="tabpanel"`, or a collapsed wrapper around one `role="region"`): hidden
 * until the reader clicks its tab or heading, and part of the page they read (a product's care notes, a
 * document's code in another language), unlike a hidden menu or modal.
 */
function isDisclosurePanel(el: Element): boolean {
  if (PANEL_ROLES.has(el.attribs['role'] ?? '')) return true;
  let only: Element | null = null;
  for (const c of el.children) {
    if (!isTag(c)) continue;
    if (only) return false;
    only = c;
  }
  return only !== null && PANEL_ROLES.has(only.attribs['role'] ?? '');
}

/**
 * A <noscript> holding this much text is the page itself, served for clients without scripts (Discourse
 * forums and other script-built sites put their whole crawler view there): it is kept. Smaller ones hold
 * tracking pixels and "please enable JavaScript" notes.
 */
const NOSCRIPT_CONTENT_CHARS = 500;

/**
 * A hidden element holding at least this share of the page's text is the page itself, waiting for a script to
 * show it (a "loading" shell), not a hidden menu or modal. React's streamed segments are placed, whatever their
 * size, by streamed-segments.ts.
 */
const HIDDEN_CONTENT_SHARE = 0.5;

/**
 * Removes scripts, styles, forms' controls, comments and hidden elements. Iterative. React's streamed segments
 * (hidden until a script moves them) are moved into their placeholders first (streamed-segments.ts). Returns how
 * deep the elements it kept nested before anything was removed (Readability, run on the raw page, would walk them).
 */
export function dropNonContent(root: ParentNode): number {
  let pageText = -1;
  const revealed = (n: Element): boolean => {
    if (pageText < 0) pageText = textOf(root as Element).length;
    return pageText > 0 && textOf(n).length >= pageText * HIDDEN_CONTENT_SHARE;
  };
  // nodes to visit, each with its depth
  const stack: Array<[AnyNode, number]> = root.children.map((c) => [c, 1]);
  const doomed: AnyNode[] = [];
  const segments: Element[] = [];
  const placeholders = new Map<string, Element>();
  let maxDepth = 0;
  const visitChildren = (n: Element, depth: number): void => { for (const c of n.children) stack.push([c, depth + 1]); };
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (isComment(n)) { doomed.push(n); continue; }
    if (!isTag(n)) continue;
    if (isStreamedSegment(n)) { segments.push(n); visitChildren(n, depth); continue; }
    if (isSegmentPlaceholder(n)) placeholders.set(n.attribs['id']!, n);
    if (n.name === 'noscript' && !isHidden(n) && textOf(n).length >= NOSCRIPT_CONTENT_CHARS) { visitChildren(n, depth); continue; }
    if (DROP_TAGS.has(n.name) || isPlatformHidden(n) || (isHidden(n) && !revealed(n) && !isDisclosurePanel(n))) { doomed.push(n); continue; }
    if (depth > maxDepth) maxDepth = depth;
    visitChildren(n, depth);
  }
  if (segments.length) placeStreamedSegments(segments, placeholders);
  for (const n of doomed) removeLeavingGap(n);
  return maxDepth;
}

function prose(stats: StatsMap, el: Element): number {
  const s = statsOf(stats, el);
  return s.text - s.link;
}

/** Why an element is chrome by its tag or role (strong evidence), or null. */
function structuralWhy(el: Element): string | null {
  if (CHROME_TAGS.has(el.name)) return el.name === 'aside' ? 'sidebar' : el.name === 'menu' ? 'nav' : el.name;
  const role = el.attribs['role'];
  // an accordion marked up as a tab list holds its panels (Bootstrap's `panel-group`): it is the content, not a tab bar
  if (role === 'tablist' && holdsPanel(el)) return null;
  if (role && CHROME_ROLES.has(role)) return role === 'navigation' ? 'nav' : role === 'contentinfo' ? 'footer' : role;
  return null;
}

/** Text outside its tabs from which a tab list holds panels (a tab bar holds only its tabs' labels). */
const PANEL_TEXT_CHARS = 200;

/** Some element below `el` is a panel (`role="tabpanel"`), or `el` holds much text outside its `role="tab"` labels. */
function holdsPanel(el: Element): boolean {
  const stack: Element[] = [el];
  let outside = 0;
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (isText(c)) { outside += c.data.trim().length; if (outside >= PANEL_TEXT_CHARS) return true; continue; }
      if (!isTag(c)) continue;
      const role = c.attribs['role'];
      if (role === 'tabpanel') return true;
      if (role !== 'tab') stack.push(c);
    }
  }
  return false;
}

/** The element is, or wraps (within `depth` levels), a social network's embedded post. */
function holdsEmbeddedPost(el: Element, depth: number): boolean {
  if (el.name === 'blockquote') return EMBEDDED_POST_CLASS.test(el.attribs['class'] ?? '');
  if (depth === 0) return false;
  let tags = 0;
  for (const c of el.children) if (isTag(c) && ++tags <= 3 && holdsEmbeddedPost(c, depth - 1)) return true;
  return false;
}

/** Why an element looks like chrome by its class/id words (weaker evidence), or null. */
function classWhy(el: Element, words: string[]): string | null {
  if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return null;
  if (!words.length) return null;
  const why = chromeReason(words);
  // `ipsEntry__signature`: the post's signature, whatever content word its name also carries
  if (why !== 'signature' && hasContentWord(words)) return null;
  // a social post quoted in the article (`<div class="social-media-embed"><blockquote class="twitter-tweet">`) is content, not a share bar
  return why && holdsEmbeddedPost(el, 3) ? null : why;
}

/** A page header: no heading of the article inside, or mostly links. */
function isChromeHeader(el: Element, stats: StatsMap): boolean {
  if (el.name !== 'header') return false;
  const s = statsOf(stats, el);
  if (linkDensity(s) > 0.5) return true;
  // a header inside an article is the article's own (title, byline): keep it
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && (p.name === 'article' || p.name === 'main')) return false;
  return true;
}

/** Chrome reasons of dialogs (consent, pop-ups): their text is not the page's prose (a consent dialog is never protected as content). */
const DIALOG_REASONS = new Set(['cookie', 'popup']);

/** Prose of the cookie-consent and pop-up dialogs among the body's (or the root's) direct children. */
function dialogProse(root: ParentNode, stats: StatsMap): number {
  let body: ParentNode = root;
  for (let i = 0; i < 2; i++) {
    const next = body.children.find((c): c is Element => isTag(c) && (c.name === 'html' || c.name === 'body'));
    if (!next) break;
    body = next;
  }
  let sum = 0;
  for (const c of body.children) {
    if (!isTag(c)) continue;
    const why = classWhy(c, classWords(c));
    if (why && DIALOG_REASONS.has(why)) sum += prose(stats, c);
  }
  return sum;
}

/**
 * When class words alone would leave the page with less than SPARE_BELOW characters of text, they are wrong about
 * it (a category page whose product grid is a `related-product` section): the elements doomed by class words only
 * (not dialogs) stay, when they hold at least SPARE_MIN characters, and the block model decides on their blocks.
 */
const SPARE_BELOW = 200;
const SPARE_MIN = 500;

/**
 * Chrome that holding much of the page's prose does not make the page: a consent dialog (never spared), and a post's
 * signature (on a short thread the members' signatures can out-write the posts). A signature-named box with a
 * long stretch of prose (a restaurant's `signature-dishes`) is still spared as class-named content.
 */
const NOT_SPARED_BY_SHARE = new Set(['cookie', 'signature']);
/** Prose from which an element doomed by class words alone is content, when it has few links. */
const LONG_PROSE_CHARS = 1500;

/** Comment items below an element from which it is a readers' comment thread, whatever share of the prose it holds. */
const THREAD_MIN_ITEMS = 2;

/**
 * Elements below `el` (not `el` itself) named as comments by their class words alone (`comment`, `comment first`),
 * up to `enough`. A forum's posts (`<article class="cPost ipsComment">`: an article, or a name with a content word)
 * are not counted: they are posts, not readers' comments.
 */
function commentItems(el: Element, enough: number): number {
  let n = 0;
  const stack: Element[] = [];
  for (const c of el.children) if (isTag(c)) stack.push(c);
  while (stack.length && n < enough) {
    const e = stack.pop()!;
    const words = e.name === 'article' ? [] : classWords(e);
    if (chromeReason(words) === 'comments' && !hasContentWord(words)) { n++; continue; }
    for (const c of e.children) if (isTag(c)) stack.push(c);
  }
  return n;
}

/**
 * Removes chrome below `root` (`before`: stats of the tree as it is, when already computed). Returns fresh stats for
 * the pruned tree. `thread`: the page is a discussion (a forum thread by its URL or schema.org type), whose comment
 * lists are its content.
 */
export function pruneChrome(root: ParentNode, removed: RemovedLog, before?: StatsMap, thread = false): StatsMap {
  const stats = before ?? computeStats(root);
  let total = 0;
  for (const c of root.children) if (isTag(c)) total += prose(stats, c);
  // a consent dialog's text (often as long as the article) does not count in the page's prose
  total -= dialogProse(root, stats);
  const protectAbove = Math.max(200, total * 0.4);
  const stack: Element[] = [];
  for (const c of root.children) if (isTag(c)) stack.push(c);
  /** Doomed elements, why, and whether class words alone doomed them (not a tag, a role, a page header or a dialog). */
  const doomed: Array<[Element, string, boolean]> = [];
  while (stack.length) {
    const el = stack.pop()!;
    const cls = classNames(el);
    // a third-party widget (Jetpack's like box, a related-posts plug-in) is chrome whatever the page holds
    if (cls.widget) { doomed.push([el, cls.widget, false]); continue; }
    const strong = isChromeHeader(el, stats) ? 'header' : structuralWhy(el);
    const why = strong ?? classWhy(el, cls.words);
    if (why) {
      const p = prose(stats, el);
      // a chrome-looking element holding much of the page's prose is the main container with an unlucky name;
      // by class alone, a long stretch of prose with few links is content too
      const spared = why !== 'cookie' && ((p > protectAbove && !NOT_SPARED_BY_SHARE.has(why)) || (!strong && p > LONG_PROSE_CHARS && linkDensity(statsOf(stats, el)) < 0.2));
      // but readers' comments under an article (a comments box holding two or more comments) are not the article,
      // however much they out-write it; on a discussion page they are the page
      const keep = spared && !(why === 'comments' && !thread && !strong && commentItems(el, THREAD_MIN_ITEMS) >= THREAD_MIN_ITEMS);
      if (!keep) { doomed.push([el, why, !strong && !DIALOG_REASONS.has(why)]); continue; }
    }
    for (const c of el.children) if (isTag(c)) stack.push(c);
  }
  let left = 0;
  for (const c of root.children) if (isTag(c)) left += statsOf(stats, c).text;
  let byClass = 0;
  for (const [el, , classOnly] of doomed) {
    const t = statsOf(stats, el).text;
    left -= t;
    if (classOnly) byClass += t;
  }
  const spare = left < SPARE_BELOW && byClass >= SPARE_MIN;
  for (const [el, why, classOnly] of doomed) {
    if (spare && classOnly) continue;
    removed.add(why, textOf(el));
    removeLeavingGap(el);
  }
  return doomed.length ? computeStats(root) : stats;
}
