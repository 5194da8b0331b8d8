/**
 * Blocks that speak to a visitor who is not signed in ("You must log in or register to reply here.", "Please sign
 * in to provide feedback.", "Not open for further replies."): the site's login box, not the page's text.
 */
import { LOGIN_PROMPT_PATTERNS } from '../vocab/login-prompts.js';
import { normalizePhrase } from '../phrase-pattern.js';

/** Longest block (characters) read as a login prompt. */
export const LOGIN_PROMPT_MAX_CHARS = 160;

export function isLoginPrompt(text: string): boolean {
  const t = normalizePhrase(text);
  return t.length > 0 && t.length <= LOGIN_PROMPT_MAX_CHARS && LOGIN_PROMPT_PATTERNS.some((re) => re.test(t));
}
