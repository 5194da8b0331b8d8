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

function shortLine(re: RegExp, maxLine: number, maxAfter?: number): RegExp {
  const tail = maxAfter === undefined ? '' : `[\\s\\S]{0,${maxAfter}}$`;
  return new RegExp(`^(?=[\\s\\S]{0,${maxLine}}$)[\\s\\S]*?(?:${re.source})${tail}`, re.flags.replace(/[gym]/g, ''));
}

const paywallPatterns = PAYWALL_PHRASES.filter((p) => p.kind === 'paywall').map((p) => shortLine(p.pattern, STUB.maxLine, STUB.maxAfter));
const noticePatterns = PAYWALL_PHRASES.filter((p) => p.kind === 'notice').map((p) => shortLine(p.pattern, NOTICE.maxLine));

export const GENERIC_RULES = [
  defineRule({
    name: 'generic-paywall-notices',
    match: { format: 'text' },
    text: { paywall: paywallPatterns, dropLines: noticePatterns },
  }),
];
