/**
 * Blocks that speak to a visitor who is not signed in ("You must log in or register to reply here.", "Please sign
 * in to provide feedback.", "Not open for further replies."): the site's login box, not the page's text.
 */
import { LOGIN_PROMPT_PATTERNS } from '../vocab/login-prompts.js';
import { matchesPhrase, type PhraseRule } from '../phrase-pattern.js';

/** A login prompt or closed-thread notice, in a block of at most 160 characters. */
export const LOGIN_PROMPT_RULE: PhraseRule = { maxChars: 160, test: (t) => LOGIN_PROMPT_PATTERNS.some((re) => re.test(t)) };

export function isLoginPrompt(text: string): boolean {
  return matchesPhrase(LOGIN_PROMPT_RULE, text);
}
