/**
 * Lines that leave a text dump's body whatever the line model says, each with the reason it is reported under:
 * the lines of a cookie-consent dialog (`cookie`, see consent.ts) and a browser's script or upgrade notice
 * (`notice`: "JavaScript is disabled…", "You are using an out of date browser").
 */
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';
import { consentDialogLines } from './consent.js';
import { BROWSER_NOTICE } from '../vocab/browser-notices.js';

/** Cheap test before the notice pattern: every notice names scripts or the browser. */
const NOTICE_KEY = /javascript|browser|navigat|浏览器|ブラウザ/i;
/** Longer lines are prose that mentions browsers, not a notice. */
const NOTICE_MAX_WORDS = 60;

/** Line index → removal reason, for the lines that always go. */
export function forcedDrops(lines: DumpLine[], stats: LineStats[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of consentDialogLines(lines, stats)) out.set(i, 'cookie');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (stats[i]!.words <= NOTICE_MAX_WORDS && NOTICE_KEY.test(t) && BROWSER_NOTICE.test(t) && !out.has(i)) out.set(i, 'notice');
  }
  return out;
}
