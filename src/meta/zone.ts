/** Local walks around the title element: the text lines near it, and whether an element sits in chrome relative to it. */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { squash } from '../dom/query.js';
import { CHROME_CLASS_HINT, HARD_CHROME_CLASS } from './vocab/date-meta.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'option', 'textarea', 'canvas', 'button', 'form']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'section', 'article', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'ul', 'ol', 'dd', 'dt', 'figure', 'figcaption', 'address', 'blockquote', 'main', 'table', 'span']);
const CHROME_TAGS = new Set(['nav', 'menu', 'dialog']);
/** footer/aside are chrome unless their class says they hold the article's meta (date, byline). */
const SOFT_CHROME_TAGS = new Set(['footer', 'aside']);
const META_CLASS = /meta|date|byline|author|info|header|dateline|posted|time/i;
const AFTER_CHARS = 700;
const BEFORE_PIECES = 6;
const MAX_NODES = 600;

function classId(el: Element): string {
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  return c && i ? `${c} ${i}` : (c ?? i ?? '');
}

/** Chrome by the element's own tag or class/id (not its ancestors). */
export function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const ci = classId(el);
  if (SOFT_CHROME_TAGS.has(el.name)) return !META_CLASS.test(ci);
  if (!ci || el.name === 'html' || el.name === 'body' || el.name === 'main' || el.name === 'article') return false;
  return CHROME_CLASS_HINT.test(ci) && !/^(?:article|content|entry|post-body|main)/i.test(ci);
}

/** Chrome by the element's own tag or class that is never the article's: navigation, comments, lists of other stories. */
export function isHardChrome(el: Element): boolean {
  return isChromeElement(el) && (CHROME_TAGS.has(el.name) || HARD_CHROME_CLASS.test(classId(el)));
}

/** True when some ancestor of `el` below the level it shares with `title` (all ancestors when no title) is chrome. */
export function chromeBetween(el: Element, title: Element | null): boolean {
  return chromeLevel(el, title) > 0;
}

/**
 * How `el` sits relative to `title`: 0 not in chrome, 1 only in boxes whose class merely looks like chrome
 * (`teaser__metadata`, `sidebar`, an article's own `<footer>` …), 2 in real chrome (nav, comments, related or trending lists).
 */
export function chromeLevel(el: Element, title: Element | null): 0 | 1 | 2 {
  const titleAnc = new Set<AnyNode>();
  for (let p: AnyNode | null = title; p; p = p.parent) titleAnc.add(p);
  let level: 0 | 1 | 2 = 0;
  for (let p: AnyNode | null = el; p && !titleAnc.has(p); p = p.parent) {
    if (!isTag(p) || !isChromeElement(p)) continue;
    if (isHardChrome(p)) return 2;
    level = 1;
  }
  return level;
}

function nextNode(n: AnyNode, enter: boolean): AnyNode | null {
  if (enter && 'children' in n && (n as Element).children.length) return (n as Element).children[0]!;
  let c: AnyNode | null = n;
  while (c) {
    if (c.next) return c.next;
    c = c.parent;
  }
  return null;
}

function prevNode(n: AnyNode): AnyNode | null {
  if (n.prev) {
    let c: AnyNode = n.prev;
    while ('children' in c && (c as Element).children.length && !(isTag(c) && (SKIP.has(c.name) || isChromeElement(c)))) c = (c as Element).children[(c as Element).children.length - 1]!;
    return c;
  }
  return n.parent;
}

/** Lines of text around a title element, and how many of them come before it. */
export interface TitleWindow {
  lines: string[];
  /** lines[0 … before-1] precede the title; lines[before] starts with the title. */
  before: number;
}

/** Lines of text around the title element: up to a few pieces before it, then ~700 characters after it (chrome skipped). */
export function titleWindow(title: Element): TitleWindow {
  const before: string[] = [];
  let guard = 0;
  let pieces = 0;
  for (let n = prevNode(title); n && pieces < BEFORE_PIECES && guard < MAX_NODES; n = prevNode(n), guard++) {
    if (isText(n)) { const s = squash(n.data); if (s) { before.unshift(s); pieces++; } }
    else if (isTag(n)) {
      if (n.name === 'body' || n.name === 'html') break;
      // walking backwards, a block element is reached at its start: what came before it is another line
      if (BLOCK.has(n.name) && before.length && before[0] !== '\n') before.unshift('\n');
    }
  }
  const beforeLines = before.join(' ').split('\n').map((l) => squash(l)).filter(Boolean);
  const after: string[] = [];
  let chars = 0;
  guard = 0;
  let n: AnyNode | null = title;
  let enter = true;
  while (n && chars < AFTER_CHARS && guard++ < MAX_NODES) {
    if (isText(n)) {
      const s = squash(n.data);
      if (s) { after.push(s); chars += s.length; }
      n = nextNode(n, false);
      continue;
    }
    if (isTag(n)) {
      // real chrome is skipped; a box that only looks like chrome (`newsletter-details-wrapper`) is read: the byline test filters its text
      if (n !== title && (SKIP.has(n.name) || isHardChrome(n) || (SOFT_CHROME_TAGS.has(n.name) && isChromeElement(n)))) { n = nextNode(n, false); continue; }
      if (BLOCK.has(n.name) && after.length && after[after.length - 1] !== '\n') after.push('\n');
    }
    n = nextNode(n, enter);
    enter = true;
  }
  const afterLines = after.join(' ').split('\n').map((l) => squash(l)).filter(Boolean);
  return { lines: [...beforeLines, ...afterLines], before: beforeLines.length };
}
