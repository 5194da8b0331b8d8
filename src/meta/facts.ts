/** One pass over the whole parsed page (before pruning) collecting what the metadata stage needs. */
import { isTag, isText, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { textOf, squash } from '../dom/query.js';
import { CHROME_CLASS_HINT, DATE_CLASS_HINT, UPDATED_LABEL, PUBLISHED_LABEL, LAST_LABEL } from './vocab/date-meta.js';
import { titleWindow, isChromeElement, chromeBetween, chromeLevel, type TitleWindow } from './zone.js';

/** A date-bearing element seen in the page body. */
export interface DateElement {
  /** `datetime`/`content`/`title` attribute value, if any. */
  attr: string | null;
  /** Its short visible text. */
  text: string;
  /** `time`, `abbr`, `itemprop` (datePublished/dateModified), or `hint` (class/id says date). */
  kind: 'time' | 'abbr' | 'itemprop' | 'hint';
  /** itemprop or class hints that it is the publication (`pub`) or modification (`mod`) date. */
  role: 'pub' | 'mod' | null;
  /** Inside a comment list, sidebar, footer, teaser … below the level it shares with the title. */
  chrome: boolean;
  /** Inside real chrome (comments, footer, nav, related lists), not only a box whose class looks like chrome. */
  hardChrome: boolean;
  /** Element order in the page (preorder index). */
  pos: number;
  el: Element;
}

/** Facts read from the whole HTML page before any pruning (head meta, JSON-LD, <html lang>, <title>). */
export interface HtmlFacts {
  htmlLang: string | null;
  titleTag: string | null;
  /** <meta> values by lowercase name/property/itemprop/http-equiv, in page order. */
  metas: Map<string, string[]>;
  /** Raw text of <script type="application/ld+json"> blocks. */
  jsonLd: string[];
  /** <h1> texts with their position (and a few h2 when they carry the title). */
  h1: Array<{ text: string; pos: number }>;
  /** Position of the element taken as the article's title (-1 when none). */
  titlePos: number;
  /** Lines of text around the title element: a few before it, the ones after it. */
  nearTitle: TitleWindow[];
  dates: DateElement[];
  /** rel=author link texts, itemprop=author texts (non-chrome). */
  authors: string[];
  /** class=author/byline texts (non-chrome). */
  bylines: string[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'option', 'textarea', 'canvas']);
const AUTHOR_CLASS = /(?:^|[-_\s])(?:author|authors|byline|by-line|writer|autor|auteur|autore|reporter|contributor)(?:$|[-_\s])|author-name|authorname|byline/i;

function classId(el: Element): string {
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  return c && i ? `${c} ${i}` : (c ?? i ?? '');
}

interface Heading { el: Element; text: string; pos: number; level: number }

export function collectFacts(doc: Document): HtmlFacts {
  const facts: HtmlFacts = { htmlLang: null, titleTag: null, metas: new Map(), jsonLd: [], h1: [], titlePos: -1, nearTitle: [], dates: [], authors: [], bylines: [] };
  const heads: Heading[] = [];
  const authorEls: Array<{ el: Element; text: string; byline: boolean }> = [];
  let pos = 0;
  const stack: AnyNode[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) {
      if (!isText(node) && 'children' in node) { const k = (node as ParentNode).children; for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]!); }
      continue;
    }
    const el = node;
    const name = el.name;
    pos++;
    if (name === 'meta') { readMeta(el, facts); continue; }
    if (name === 'script') {
      if ((el.attribs['type'] ?? '').toLowerCase().includes('ld+json') && facts.jsonLd.length < 20) facts.jsonLd.push(textOf(el));
      continue;
    }
    if (name === 'title') { if (facts.titleTag === null) facts.titleTag = squash(textOf(el)) || null; continue; }
    if (SKIP.has(name)) continue;
    if (name === 'html' && !facts.htmlLang) facts.htmlLang = el.attribs['lang'] ?? el.attribs['xml:lang'] ?? null;
    const ci = classId(el);
    readDateElement(el, name, ci, pos, facts);
    readAuthor(el, name, ci, authorEls);
    if ((name === 'h1' && heads.filter((h) => h.level === 1).length < 6) || (name === 'h2' && heads.length < 16)) {
      const t = squash(textOf(el));
      if (t && t.length < 400) heads.push({ el, text: t, pos, level: name === 'h1' ? 1 : 2 });
    }
    const k = el.children;
    for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]!);
  }
  const title = pickTitleHeading(heads, facts);
  facts.h1 = heads.filter((h) => h.level === 1 || h === title).map((h) => ({ text: h.text, pos: h.pos }));
  if (title) {
    facts.titlePos = title.pos;
    facts.nearTitle = [titleWindow(title.el)];
    // the page's own <h1> when the title was matched elsewhere (an <h2>, a second <h1>): its byline is read second
    const h1 = heads.find((h) => h.level === 1 && !isChromeElement(h.el) && h.text.split(/\s+/).length >= 3);
    if (h1 && h1 !== title) facts.nearTitle.push(titleWindow(h1.el));
  }
  for (const d of facts.dates) { const l = chromeLevel(d.el, title?.el ?? null); d.chrome = l > 0; d.hardChrome = l === 2; }
  for (const a of authorEls) {
    if (chromeBetween(a.el, title?.el ?? null)) continue;
    if (a.byline) { if (facts.bylines.length < 12) facts.bylines.push(a.text); }
    else if (facts.authors.length < 12) facts.authors.push(a.text);
  }
  return facts;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

/** The heading that is the article's title: the one og:title / <title> names, else the first real <h1>. */
function pickTitleHeading(heads: Heading[], facts: HtmlFacts): Heading | null {
  const refs = [facts.metas.get('og:title')?.[0], facts.metas.get('twitter:title')?.[0], facts.titleTag].filter((x): x is string => !!x).map(norm).filter((x) => x.length > 3);
  const matches = (h: Heading): boolean => { const t = norm(h.text); return t.length > 3 && refs.some((r) => r.includes(t) || t.includes(r)); };
  const usable = heads.filter((h) => !isChromeElement(h.el));
  return usable.find((h) => h.level === 1 && matches(h))
    ?? usable.find((h) => h.level === 2 && matches(h))
    ?? usable.find((h) => h.level === 1 && h.text.split(/\s+/).length >= 3)
    ?? usable.find((h) => h.level === 1) ?? null;
}

function readMeta(el: Element, facts: HtmlFacts): void {
  const a = el.attribs;
  const content = a['content'] ?? a['value'];
  if (content === undefined) {
    if (a['itemprop'] && a['datetime']) push(facts.metas, a['itemprop'].toLowerCase(), a['datetime']);
    return;
  }
  const v = content.trim();
  if (!v) return;
  for (const key of [a['name'], a['property'], a['itemprop'], a['http-equiv']]) if (key) push(facts.metas, key.toLowerCase().trim(), v);
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const l = m.get(k);
  if (l) { if (l.length < 8) l.push(v); } else m.set(k, [v]);
}

function readDateElement(el: Element, name: string, ci: string, pos: number, facts: HtmlFacts): void {
  if (facts.dates.length > 400) return;
  const a = el.attribs;
  const ip = a['itemprop']?.toLowerCase();
  let kind: DateElement['kind'] | null = null;
  let role: DateElement['role'] = null;
  if (ip === 'datepublished' || ip === 'datecreated') { kind = 'itemprop'; role = 'pub'; }
  else if (ip === 'datemodified') { kind = 'itemprop'; role = 'mod'; }
  else if (name === 'time') kind = 'time';
  else if (name === 'abbr' && /publish|date|time/i.test(ci)) kind = 'abbr';
  else if (ci && DATE_CLASS_HINT.test(ci) && el.children.length <= 12 && !CHROME_CLASS_HINT.test(ci)) kind = 'hint';
  if (!kind) return;
  if (!role) {
    if (a['pubdate'] !== undefined || /publish|posted|pubdate|created|entry-date|post-date|date-pub/i.test(ci)) role = 'pub';
    else if (/updat|modif|revis|edited/i.test(ci)) role = 'mod';
  }
  const attr = a['datetime'] ?? a['content'] ?? (kind === 'abbr' ? a['title'] : undefined) ?? null;
  let text = '';
  if (kind !== 'itemprop' || !attr) {
    // a date sits at the start of a long date-classed box (`Posted on April 13, 2023` followed by its tags)
    const raw = boundedText(el, 400, kind === 'hint');
    text = raw ? squash(raw) : '';
    if (kind === 'hint' && text.length > 160) text = text.slice(0, 80);
    if (text.length > 160 || !raw) { if (!attr) return; text = ''; }
  }
  if (!attr && !/\d/.test(text)) return;
  // a label inside the element's own text decides (`<span class="post-date">Last updated on …</span>`), else the text right before it
  const own = text ? LAST_LABEL.exec(text.slice(0, Math.max(0, text.search(/\d/)))) : null;
  if (own) role = own[1] ? 'mod' : 'pub';
  else if (role === null) {
    const label = labelBefore(el);
    if (UPDATED_LABEL.test(label)) role = 'mod';
    else if (PUBLISHED_LABEL.test(label)) role = 'pub';
  }
  facts.dates.push({ attr, text, kind, role, chrome: false, hardChrome: false, pos, el });
}

/** Up to 40 characters of text right before an element (its previous siblings, else its parent's). */
function labelBefore(el: Element): string {
  let out = '';
  for (let n: AnyNode | null = el, depth = 0; n && depth < 3 && out.length < 40; n = n.parent, depth++) {
    for (let p = n.prev; p && out.length < 40; p = p.prev) {
      const t = isText(p) ? p.data : isTag(p) && !SKIP.has(p.name) ? boundedText(p, 80) : '';
      out = t.slice(-60) + out;
    }
    if (out.trim()) break;
  }
  return out.replace(/\s+/g, ' ').trim().slice(-40);
}

/** Text of a small subtree, giving up (empty) past 200 nodes: never a scan of a big container; past `max` characters its end (or its start with `head`). */
function boundedText(el: Element, max: number, head = false): string {
  let out = '';
  let nodes = 0;
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (++nodes > 200) return '';
    if (isText(n)) { out += n.data; if (out.length > max) return head ? out.slice(0, max) : out.slice(-max); continue; }
    if (isTag(n) && !SKIP.has(n.name)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function readAuthor(el: Element, name: string, ci: string, out: Array<{ el: Element; text: string; byline: boolean }>): void {
  if (out.length > 30) return;
  const a = el.attribs;
  const ip = a['itemprop']?.toLowerCase();
  const rel = a['rel']?.toLowerCase();
  if (ip === 'author' || ip === 'creator' || (name === 'a' && rel === 'author')) {
    const t = squash(a['content'] ?? textOf(el));
    if (t && t.length < 120) out.push({ el, text: t, byline: false });
    return;
  }
  if (ci && AUTHOR_CLASS.test(ci)) {
    const t = squash(boundedText(el, 400));
    if (t && t.length < 160) out.push({ el, text: t, byline: true });
  }
}
