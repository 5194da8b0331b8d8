/**
 * Blocks that are text to no reader: a marquee or ticker repeating one phrase (`Book Now *Book Now *…`), strings
 * of machine tokens (UUIDs, long hex or base64 ids) that a script left in the markup, bare addresses of image files
 * printed as text (a shop's swatch thumbnails in a data table), and a client-side template's placeholders that no
 * script filled in (`{{ DiscussionBoard.errors[11794641].message }}`).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_-]*/gu;
const MACHINE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|[A-Za-z0-9_-]{24,})$/i;

/** A block needs this many words before its repetition or its tokens are judged. */
const MIN_WORDS = 12;
/** Distinct words / words at or under which a block is one phrase repeated. */
const REPEAT_RATIO = 0.15;
/** Share of machine tokens from which a block is noise. */
const MACHINE_SHARE = 0.3;

/** A block made only of image files' addresses (`https://cdn…/5001_THUMB.jpg`, query string allowed). */
const IMAGE_ADDRESSES = /^(?:(?:https?:)?\/\/\S+?\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]\S*)?\s*)+$/i;

/** A block made only of unrendered template expressions (`{{ … }}`, Angular / Vue / Handlebars). */
const TEMPLATE_PLACEHOLDERS = /^(?:\{\{[^{}]{1,200}\}\}\s*)+$/;

/**
 * True when a block's text is a repeated phrase, mostly machine tokens, image addresses or template placeholders.
 * `code`: the block is set as code (`<pre>`, `<code>`), where addresses and placeholders are what the docs show.
 */
export function isNoiseText(text: string, code = false): boolean {
  const t = text.trim();
  if (!code && (IMAGE_ADDRESSES.test(t) || TEMPLATE_PLACEHOLDERS.test(t))) return true;
  const words = text.match(WORD);
  if (!words || words.length < MIN_WORDS) return false;
  const distinct = new Set(words.map((w) => w.toLowerCase())).size;
  if (distinct / words.length <= REPEAT_RATIO) return true;
  let machine = 0;
  for (const w of words) if (w.length >= 16 && MACHINE.test(w) && /\d/.test(w)) machine++;
  return machine / words.length >= MACHINE_SHARE;
}
