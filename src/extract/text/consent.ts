/**
 * Cookie-consent dialogs in a text dump: a browser's or scraper's dump of a rendered page carries the consent
 * banner and its preference centre as prose ("These cookies allow us to count visits …"), which the line model
 * can take for the article. A dialog is found by its prose (cookie + consent words, or the IAB framework's
 * purposes) together with its buttons and toggles; a page about cookies without buttons keeps its text.
 */
import type { DumpLine } from './lines.js';
import type { LineStats } from './line-stats.js';
import { CONSENT_KEYS, COOKIE_WORD, CONSENT_CONTEXT, FRAMEWORK_PHRASES, CONSENT_CONTROLS, CONSENT_TOGGLE } from '../vocab/consent.js';

/** Any of the keys, case-insensitive: one scan of the line (the keys are plain letters, nothing to escape). */
const KEYS = new RegExp(CONSENT_KEYS.join('|'), 'i');
/** Most lines between two consent lines of one dialog. */
const GAP = 8;
/** How far before / after a dialog's prose its buttons may sit. */
const REACH = 4;
/** Longest line (words) read as a button or toggle. */
const CONTROL_MAX_WORDS = 8;
/** Consent lines that make a dialog without buttons (a preference centre listing its cookie kinds). */
const MIN_PROSE_ALONE = 3;

/** 2: consent prose, 1: a dialog's button or toggle, 0: anything else. */
function consentKind(l: DumpLine, s: LineStats): 0 | 1 | 2 {
  const t = l.text;
  if (s.words <= CONTROL_MAX_WORDS && (CONSENT_TOGGLE.test(t) || CONSENT_CONTROLS.test(t))) return 1;
  if (s.words < 3 || !KEYS.test(t)) return 0;
  return (COOKIE_WORD.test(t) && CONSENT_CONTEXT.test(t)) || FRAMEWORK_PHRASES.test(t) ? 2 : 0;
}

/** Indexes of the lines that belong to a cookie-consent dialog. */
export function consentDialogLines(lines: DumpLine[], stats: LineStats[]): Set<number> {
  const out = new Set<number>();
  const n = lines.length;
  const kind = new Uint8Array(n);
  const prose: number[] = [];
  for (let i = 0; i < n; i++) {
    kind[i] = consentKind(lines[i]!, stats[i]!);
    if (kind[i] === 2) prose.push(i);
  }
  for (let a = 0; a < prose.length;) {
    let b = a;
    while (b + 1 < prose.length && prose[b + 1]! - prose[b]! <= GAP) b++;
    let lo = prose[a]!; let hi = prose[b]!;
    let controls = 0;
    for (let i = lo; i <= hi; i++) if (kind[i] === 1) controls++;
    for (let i = hi + 1; i < n && i <= hi + REACH; i++) if (kind[i] === 1) { controls++; hi = i; }
    for (let i = lo - 1; i >= 0 && i >= lo - REACH; i--) if (kind[i] === 1) { controls++; lo = i; }
    if (controls > 0 || b - a + 1 >= MIN_PROSE_ALONE) for (let i = lo; i <= hi; i++) out.add(i);
    a = b + 1;
  }
  return out;
}
