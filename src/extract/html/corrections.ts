/**
 * Structure corrections after the block model, in order: embedded social posts inside the article are kept (and,
 * with `captions: 'keep'`, figure captions), lists are decided whole, a caption loses the picture credit it ends
 * with, blocks that are text to no reader (tickers, machine tokens, browser notices, login prompts, control labels,
 * image credits, "Follow us", reading-time, newsletter-pitch, software-credit and "read also" lines) leave, quoted
 * copies of text already shown and second copies of repeated runs leave (on product pages, of any text printed two
 * or three times), related-list sections, the teaser cards after an article and its author's box leave, on product
 * pages customer reviews leave, and on forum threads the labels around each post (online status, counters, member
 * statistics, post numbers) leave. Each block a correction removes is logged with its reason.
 */
import type { PageContext } from '../../pipeline/context.js';
import { isTag } from 'domhandler';
import { F, isHeading, type RawBlock } from './blocks.js';
import { CODE_TAGS } from './vocab.js';
import { keepEmbeddedPosts } from './embedded-posts.js';
import { keepFigureCaptions } from './figure-captions.js';
import { applyListMajority } from './list-majority.js';
import { isNoiseText } from './noise-blocks.js';
import { isBrowserNotice } from '../browser-notice.js';
import { CONTROL_LABEL_RULE } from './control-labels.js';
import { FOLLOW_LINE_RULE } from './follow-lines.js';
import { opensEntryMeta, ENTRY_META_MAX_CHARS, ENTRY_META_HEAD_CHARS } from './entry-meta.js';
import { READING_TIME_RULE } from './reading-time.js';
import { IMAGE_CREDIT_RULE } from './image-credits.js';
import { AD_LABEL_RULE } from './ad-labels.js';
import { withoutCaptionCredit } from './caption-credits.js';
import { TAXONOMY_LINE_RULE } from './taxonomy-lines.js';
import { LOGIN_PROMPT_RULE } from './login-prompts.js';
import { READ_ALSO_RULE, isReadAlsoLine } from './read-also-lines.js';
import { NEWSLETTER_PITCH_RULE } from './newsletter-pitches.js';
import { POWERED_BY_RULE } from './powered-by.js';
import { normalizePhrase, matchesNormal, type PhraseRule } from '../phrase-pattern.js';
import { dropRelatedSections, type SectionShape } from './related-sections.js';
import { dropTeaserCards, isTeaserHeading } from './teaser-cards.js';
import { dropAuthorBios } from './author-bios.js';
import { dropDuplicateRuns } from '../duplicate-runs.js';
import { dropCustomerReviews } from './reviews.js';
import { dropQuotedCopies } from './quoted-copies.js';
import { dropLaterCopies } from '../later-copies.js';
import { dropPostMetadata } from './post-metadata.js';

/**
 * On a product page, a block printed two or three times is shop furniture laid out in several slots (a shipping
 * note, a guarantee, a purchase pitch in the desktop and the phone box): read once. Elsewhere repeats are left to
 * the model (an article's pull quote, a listing's repeated fields); measured on every page type it lost on
 * scrapinghub's articles.
 */
const PRODUCT_COPY_MIN_CHARS = 20;

/** A block set as code: under `<pre>` / `<code>`, or made of a `<code>` element (`<dt><code>{{ field }}</code></dt>`). */
function isCode(b: RawBlock): boolean {
  return (b.flags & F.PRE) !== 0 || b.inline.some((n) => isTag(n) && CODE_TAGS.has(n.name));
}

/** The phrase rules that do not read code, in the order they are tried, each with the reason it logs. */
const PROSE_PHRASE_RULES: ReadonlyArray<[PhraseRule, string]> = [
  [AD_LABEL_RULE, 'ad'], [CONTROL_LABEL_RULE, 'control'], [IMAGE_CREDIT_RULE, 'credit'], [TAXONOMY_LINE_RULE, 'meta'],
  [FOLLOW_LINE_RULE, 'share'], [READING_TIME_RULE, 'meta'], [NEWSLETTER_PITCH_RULE, 'login'],
  [POWERED_BY_RULE, 'footer'],
];

/** The longest block a phrase rule (login prompt, the rules above, "read also" line) can match; block texts carry no runs of spaces. */
const PHRASE_MAX_CHARS = Math.max(LOGIN_PROMPT_RULE.maxChars, READ_ALSO_RULE.maxChars, ...PROSE_PHRASE_RULES.map(([r]) => r.maxChars));

/** Why a text in normal form is a phrase of no reader's text (a login prompt, then the prose rules unless in code), or null. */
function phraseReason(t: string, code: boolean): string | null {
  if (matchesNormal(LOGIN_PROMPT_RULE, t)) return 'login';
  if (code) return null;
  for (const [rule, reason] of PROSE_PHRASE_RULES) if (matchesNormal(rule, t)) return reason;
  return null;
}

/**
 * Why a block is text to no reader, or null: noise, a browser notice, a blog's filing line (`meta`: "This entry was
 * posted in …"), a login prompt, an ad label, control labels, an image credit, a taxonomy line (`meta`: "Tags: …"),
 * a "Follow us" line (`share`), a reading-time line (`meta`), a newsletter pitch (`login`), a software credit
 * (`footer`: "Powered by phpBB") or a "read also" line and its linked headline (`related`; the filing line and the
 * last nine not in code). A short block of several lines
 * (`<br>` between them: "Subscribe to our newsletters.⏎Follow us: Reddit | Instagram") leaves when each of its lines
 * is such a phrase, with the first line's reason.
 */
function noiseReason(b: RawBlock): string | null {
  const code = isCode(b);
  if (isNoiseText(b.text, code)) return 'noise';
  if (isBrowserNotice(b.text)) return 'notice';
  if (b.text.length > ENTRY_META_MAX_CHARS) return null;
  // one normal form per block: of the whole block where the phrase rules read it (short blocks), else of the head
  // that the filing-line rule reads
  const whole = b.text.length <= PHRASE_MAX_CHARS;
  const t = normalizePhrase(whole ? b.text : b.text.slice(0, ENTRY_META_HEAD_CHARS));
  if (!code && opensEntryMeta(t)) return 'meta';
  if (!whole) return null;
  const reason = phraseReason(t, code);
  if (reason) return reason;
  if (code) return null;
  if (isReadAlsoLine(b, t)) return 'related';
  return b.text.includes('\n') ? linesReason(b.text) : null;
}

/** The first line's reason when every line of a prose block is a phrase of no reader's text, else null. */
function linesReason(text: string): string | null {
  let first: string | null = null;
  for (const line of text.split('\n')) {
    const reason = phraseReason(normalizePhrase(line), false);
    if (!reason) return null;
    first ??= reason;
  }
  return first;
}

/** Unlinked prose long enough to be an article's paragraph, not a card's summary. */
const SECTION_PROSE_CHARS = 100;

/**
 * A block's part in a related section (`dropRelatedSections`): a teaser's linked heading, or the article's prose —
 * unlinked, in the scored container (an article that goes on under an inline box of links; a card's unlinked
 * summary outside the container is not).
 */
function sectionShape(b: RawBlock): SectionShape {
  if (isTeaserHeading(b)) return 'teaser';
  return !isHeading(b) && b.flags & F.CONTAINER && b.chars >= SECTION_PROSE_CHARS && b.linkChars < 0.5 * b.chars ? 'prose' : null;
}

/**
 * Corrects `keep` in place, and puts a kept caption's credit-free copy in its place in `blocks`; the indexes of
 * blocks it removed go to `cut` (already logged in `ctx.removed`).
 */
export function correctDecisions(blocks: RawBlock[], keep: boolean[], ctx: PageContext, cut: Set<number>, pageType: string | null): void {
  keepEmbeddedPosts(blocks, keep);
  if (ctx.options.captions === 'keep') keepFigureCaptions(blocks, keep);
  applyListMajority(blocks, keep);
  /** Cuts block `i` from the body, logged under `reason` (`keep` is already false, or set here). */
  const cutAs = (reason: string) => (i: number): void => { keep[i] = false; cut.add(i); ctx.removed.add(reason, blocks[i]!.text); };
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    // a caption loses the picture credit it ends with, before the rules below read it (a credit alone leaves whole)
    const bare = withoutCaptionCredit(blocks[i]!);
    if (bare) { blocks[i] = bare.block; ctx.removed.add('credit', bare.credit); }
    const reason = noiseReason(blocks[i]!);
    if (reason) cutAs(reason)(i);
  }
  dropQuotedCopies(blocks, keep, cutAs('duplicate'));
  const texts = blocks.map((b) => b.text);
  dropDuplicateRuns(texts, keep).forEach(cutAs('duplicate'));
  if (pageType === 'product') dropLaterCopies(texts.map((t) => (t.length >= PRODUCT_COPY_MIN_CHARS ? t.trim() : null)), keep).forEach(cutAs('duplicate'));
  // on an article, a section reaches over its teasers' linked headings; a listing's "Most read" items are its own
  dropRelatedSections(blocks.map((b) => b.kind), texts, keep, cutAs('related'), pageType === 'article' ? (i) => sectionShape(blocks[i]!) : undefined);
  dropTeaserCards(blocks, keep, pageType, cutAs('related'));
  dropAuthorBios(blocks, keep, pageType, cutAs('meta'));
  dropCustomerReviews(blocks, keep, pageType, cutAs('reviews'));
  dropPostMetadata(blocks, keep, pageType, cutAs('post-label'));
}
