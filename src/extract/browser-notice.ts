/**
 * A browser's script or upgrade notice ("JavaScript is disabled…", "You are using an out of date browser"), which
 * a `<noscript>` block or a text dump carries and no reader came for: both extraction paths drop it.
 */
import { BROWSER_NOTICE } from './vocab/browser-notices.js';

/** Cheap test before the notice pattern: every notice names scripts or the browser. */
const NOTICE_KEY = /javascript|browser|navigat|浏览器|ブラウザ/i;
/** Longer text is prose that mentions browsers, not a notice. */
const NOTICE_MAX_WORDS = 60;

/** True when `text` (one line or block) is a browser notice. */
export function isBrowserNotice(text: string): boolean {
  return NOTICE_KEY.test(text) && text.split(/\s+/).length <= NOTICE_MAX_WORDS && BROWSER_NOTICE.test(text);
}
