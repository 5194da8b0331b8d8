/**
 * `generic-paywall-notices`: on every text dump, paywall stubs (reported in `paywall`) and platform
 * notices (dropped) in several languages, from the shared phrase list src/extract/vocab/paywall.ts.
 */
import { defineRule } from '../define.js';
import { PAYWALL_PHRASES } from '../../extract/vocab/paywall.js';

/** A stub or notice is one short line: a long paragraph that mentions subscribers is prose. */
const MAX_LINE = 600;

function shortLine(re: RegExp): RegExp {
  return new RegExp(`^(?=[\\s\\S]{0,${MAX_LINE}}$)[\\s\\S]*?(?:${re.source})`, re.flags.replace(/[gym]/g, ''));
}

const of = (kind: 'paywall' | 'notice'): RegExp[] => PAYWALL_PHRASES.filter((p) => p.kind === kind).map((p) => shortLine(p.pattern));

export const GENERIC_RULES = [
  defineRule({
    name: 'generic-paywall-notices',
    match: { format: 'text' },
    text: { paywall: of('paywall'), dropLines: of('notice') },
  }),
];
