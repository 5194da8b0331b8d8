/**
 * Lines that leave a text dump's body whatever the line model says, each with the reason it is reported under:
 * the lines of a cookie-consent dialog (`cookie`, see consent.ts) and a browser's script or upgrade notice
 * (`notice`: "JavaScript is disabled…", "You are using an out of date browser").
 */
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';
import { consentDialogLines } from './consent.js';
import { isBrowserNotice } from '../browser-notice.js';

/** Line index → removal reason, for the lines that always go. */
export function forcedDrops(lines: DumpLine[], stats: LineStats[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of consentDialogLines(lines, stats)) out.set(i, 'cookie');
  for (let i = 0; i < lines.length; i++) if (!out.has(i) && isBrowserNotice(lines[i]!.text)) out.set(i, 'notice');
  return out;
}
