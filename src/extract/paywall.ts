/** Finds paywall stubs and platform notices in a line of text, using the shared phrase vocabulary. */
import { PAYWALL_PHRASES, type PaywallKind } from './vocab/paywall.js';

export interface PaywallHit {
  kind: PaywallKind;
  lang: string;
}

/** All phrases as one pattern: one pass rules out the ordinary line. */
const ANY = new RegExp(PAYWALL_PHRASES.map((p) => `(?:${p.pattern.source})`).join('|'), 'iu');

/** Longer lines are prose that happens to mention subscribing, not a stub. */
const MAX_STUB_CHARS = 600;

/**
 * Returns what kind of paywall stub / platform notice `text` is (null when it is neither).
 * @example findPaywall('Il vous reste 55% de cet article à lire.') // { kind: 'paywall', lang: 'fr' }
 */
export function findPaywall(text: string): PaywallHit | null {
  const t = text.trim();
  if (!t || t.length > MAX_STUB_CHARS || !ANY.test(t)) return null;
  for (const p of PAYWALL_PHRASES) if (p.pattern.test(t)) return { kind: p.kind, lang: p.lang };
  return null;
}

/** True when `text` is a paywall stub (not a mere platform notice). */
export function isPaywallStub(text: string): boolean {
  return findPaywall(text)?.kind === 'paywall';
}
