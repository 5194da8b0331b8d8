/**
 * Image credits inside kept blocks: a caption that ends with its picture's credit ("Protesters fill the square
 * (Image: GETTY)", "… in Hialeah, Fla. (AP Photo/Alan Diaz, File)", `<figcaption>The harbour at dawn. <span
 * class="credit">Photo: Mara Quinn</span></figcaption>`) keeps its caption and loses the credit. A block that is
 * only a credit line is left to the credit-line rule (image-credits.ts), which drops it whole.
 */
import { Text, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { F, type RawBlock } from './blocks.js';
import { classWords } from './classes.js';
import { isImageCredit } from './image-credits.js';
import { CREDIT_LABELS, PHOTO_AGENCIES, CREDIT_BY, CREDIT_CLASS_WORDS } from '../vocab/image-credits.js';
import { phraseAlternation as alt } from '../phrase-pattern.js';
import { squash, textOf } from '../../dom/query.js';

/**
 * A credit in parentheses or brackets closing the text: a label and a name (`(Image: GETTY)`), an agency's name
 * first (`(AP Photo/Alan Diaz, File)`) or last (`(Ana Ruiz/Getty Images)`), or a "by" line (`(Photo by Ana Ruiz)`).
 */
const TRAILING = new RegExp(
  `\\s*[(\\[]\\s*(?:(?:${alt(CREDIT_LABELS)})\\s*:\\s*[^()\\[\\]]{1,60}|(?:${alt(PHOTO_AGENCIES)})[^()\\[\\]]{0,60}`
  + `|[^()\\[\\]]{1,60}/\\s*(?:${alt(PHOTO_AGENCIES)})|(?:${alt(CREDIT_BY)})\\s[^()\\[\\]]{2,50})\\s*[)\\]]\\s*$`, 'iu');
/** In a `<figcaption>`, a labelled credit after the caption's last sentence, without parentheses: `… at dawn. Photo: Mara Quinn`. */
const TRAILING_LABEL = new RegExp(`(?<=[.!?…])\\s+(?:${alt(CREDIT_LABELS)})\\s*:\\s*[^.!?:]{2,60}$`, 'iu');

/** A caption keeps at least this many characters once its credit is gone; else the block is not a caption with a credit. */
const MIN_CAPTION_CHARS = 10;
/** The longest text an element marked as a credit by its class may hold. */
const MAX_CREDIT_CHARS = 90;

/**
 * The inline element that closes the block and is its picture's credit: marked so by its class, or, in a caption,
 * reading as a credit line (in running text a closing link to "Getty Images" is a name, not a credit).
 */
function closingCreditElement(b: RawBlock): { el: Element; credit: string } | null {
  const n = b.inline[lastContentIndex(b.inline)];
  if (!n || !isTag(n)) return null;
  // class words first: most blocks are neither marked nor captions, and their closing element's text is not read
  const marked = classWords(n).some((w) => CREDIT_CLASS_WORDS.has(w));
  if (!marked && b.kind !== 'figcaption' && !(b.flags & F.FIGURE)) return null;
  const credit = squash(textOf(n));
  if (!credit || credit.length > MAX_CREDIT_CHARS) return null;
  return marked || isImageCredit(credit) ? { el: n, credit } : null;
}

/** Index of the last inline node that is not blank text (−1 when none). */
function lastContentIndex(inline: readonly AnyNode[]): number {
  let last = inline.length - 1;
  while (last >= 0 && isText(inline[last]!) && !(inline[last] as Text).data.trim()) last--;
  return last;
}

/** A text ends with `)` or `]` (a quick test before the trailing-credit pattern is tried at each of its brackets). */
const CLOSES_WITH_BRACKET = /[)\]]\s*$/u;

/** The block without the credit it carries, and the credit's text; null when it carries none (or is nothing else). */
export function withoutCaptionCredit(b: RawBlock): { block: RawBlock; credit: string } | null {
  if (b.kind === 'pre' || b.kind === 'table') return null;
  // an element of its own (`<span class="credit">`)
  const closing = closingCreditElement(b);
  if (closing) {
    const { el, credit } = closing;
    const at = b.text.lastIndexOf(credit);
    // the caption's own lines stay as they are; a separator left before the credit goes with it
    if (at < 0 || b.text.slice(at + credit.length).trim()) return null;
    const text = b.text.slice(0, at).replace(/[\s|·•–—-]+$/u, '');
    if (text.length < MIN_CAPTION_CHARS) return null;
    return { block: { ...b, text, inline: b.inline.filter((n) => n !== el) }, credit };
  }
  // the tail of its text
  const m = (CLOSES_WITH_BRACKET.test(b.text) ? TRAILING.exec(b.text) : null) ?? (b.kind === 'figcaption' ? TRAILING_LABEL.exec(b.text) : null);
  if (!m) return null;
  const text = b.text.slice(0, m.index).trimEnd();
  if (text.length < MIN_CAPTION_CHARS) return null;
  return { block: { ...b, text, inline: trimInline(b.inline, m[0].trim()) }, credit: m[0].trim() };
}

/**
 * The inline nodes with `tail` cut from the end of the last text node, when it lies there whole; otherwise none, so
 * the caption's markup is given up for its plain text (the credit may straddle a link or an emphasis).
 */
function trimInline(inline: AnyNode[], tail: string): AnyNode[] {
  const last = lastContentIndex(inline);
  const node = inline[last];
  if (node && isText(node)) {
    const data = node.data.trimEnd();
    const squashed = squash(data);
    if (squashed.endsWith(tail)) {
      // cut the same number of non-space characters from the raw text as the squashed tail holds
      let want = tail.replace(/\s+/g, '').length, i = data.length;
      while (want > 0 && i > 0) { i--; if (!/\s/.test(data[i]!)) want--; }
      return [...inline.slice(0, last), new Text(data.slice(0, i).trimEnd())];
    }
  }
  return [];
}
