/** Turns an element's class and id into words, and tests them against the chrome/content vocabularies. */
import type { Element } from 'domhandler';
import { CHROME_WORD_REASONS, CONTENT_WORDS, POSITIVE_WORDS, NEGATIVE_WORDS, WIDGET_NAMES } from './vocab.js';

const CONTENT = new Set(CONTENT_WORDS);
const POSITIVE = new Set(POSITIVE_WORDS);
const NEGATIVE = new Set(NEGATIVE_WORDS);

/**
 * An element's class and id, read once per distinct value: its words (classWords) and the reason of the first
 * third-party widget among its whole names, lowercased (WIDGET_NAMES), or null.
 */
export interface ClassNames {
  words: string[];
  widget: string | null;
}

const cache = new Map<string, ClassNames>();
const NONE: ClassNames = { words: [], widget: null };

/** A segment of a generated class name: letters and digits mixed, no run of four letters (`1d8ad8q`, `64912480`). */
const HASH_SEGMENT = /^(?=(?:[^0-9]*[0-9]){2})(?!.*[a-z]{4})[a-z0-9]+$/i;

/**
 * The element's class and id, read (cached by their value); a caller that needs both the words and the widget
 * reads this once.
 */
export function classNames(el: Element): ClassNames {
  const raw = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  if (raw.length < 2) return NONE;
  let read = cache.get(raw);
  if (read) return read;
  read = { words: [], widget: null };
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    read.widget ??= WIDGET_NAMES[token.toLowerCase()] ?? null;
    if (token.length > 60) continue;
    // generated names (`css-1d8ad8q`, `sc-64912480-0`): their hash says nothing, and cut at its digits it spells
    // chance words (`ad`, `nav`)
    const kept = token.split(/[-_]/).filter((seg) => !HASH_SEGMENT.test(seg)).join('-');
    if (!kept) continue;
    const lower = kept.toLowerCase();
    read.words.push(lower.replace(/[-_]/g, ''));
    for (const part of kept.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s\d]+/)) if (part) read.words.push(part);
  }
  if (cache.size > 5000) cache.clear();
  cache.set(raw, read);
  return read;
}

/** `post-share_bar mainNav` → ['post', 'share', 'bar', 'main', 'nav', 'postshare'...]: whole tokens and their parts. */
export function classWords(el: Element): string[] {
  return classNames(el).words;
}

/** The removal reason of the first chrome word among `words`, or null. */
export function chromeReason(words: string[]): string | null {
  for (const w of words) {
    const r = CHROME_WORD_REASONS[w];
    if (r) return r;
  }
  return null;
}

/** The reason of the first third-party widget name (WIDGET_NAMES) among the element's whole class and id names, or null. */
export function widgetReason(el: Element): string | null {
  return classNames(el).widget;
}

export function hasContentWord(words: string[]): boolean {
  for (const w of words) if (CONTENT.has(w)) return true;
  return false;
}

/** +25 for a content-like class/id, −25 for a chrome-like one (Readability's class weight). */
export function classWeight(el: Element): number {
  const words = classWords(el);
  let w = 0;
  if (words.some((x) => NEGATIVE.has(x))) w -= 25;
  if (words.some((x) => POSITIVE.has(x))) w += 25;
  return w;
}
