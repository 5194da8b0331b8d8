/**
 * `generic-paywall-notices`: on every text dump, paywall stubs (reported in `paywall`) and platform
 * notices (dropped) in several languages, from the shared phrase list src/extract/vocab/paywall.ts.
 */
import { defineRule } from '../define.js';
import { PAYWALL_PHRASES } from '../../extract/vocab/paywall.js';

/**
 * A paywall stub is one short line that ends soon after its phrase ("… subscribe to continue reading.");
 * the same words inside a long sentence are prose. A platform notice is one line of boilerplate.
 */
const STUB = { maxLine: 250, maxAfter: 100 };
const NOTICE = { maxLine: 400 };

/**
 * All phrases of a kind as one RegExp (one scan per line instead of one per phrase: 7× faster on the
 * w3m dumps), limited to short lines: `^(?=.{0,maxLine}$).*?(?:p1|p2|…).{0,maxAfter}$`.
 */
function shortLine(patterns: RegExp[], maxLine: number, maxAfter?: number): RegExp {
  const any = patterns.map((re) => `(?:${re.source})`).join('|');
  const tail = maxAfter === undefined ? '' : `[\\s\\S]{0,${maxAfter}}$`;
  // Every phrase of the vocabulary is case-insensitive or caseless (CJK): one `i` flag serves all.
  const flags = patterns.some((re) => re.unicode) ? 'iu' : 'i';
  return new RegExp(`^(?=[\\s\\S]{0,${maxLine}}$)[\\s\\S]*?(?:${any})${tail}`, flags);
}

const ofKind = (kind: 'paywall' | 'notice'): RegExp[] => PAYWALL_PHRASES.filter((p) => p.kind === kind).map((p) => p.pattern);
const paywallPattern = shortLine(ofKind('paywall'), STUB.maxLine, STUB.maxAfter);
const noticePattern = shortLine(ofKind('notice'), NOTICE.maxLine);

export const GENERIC_RULES = [
  defineRule({
    name: 'generic-paywall-notices',
    match: { format: 'text' },
    text: { paywall: [paywallPattern], dropLines: [noticePattern] },
  }),
];
