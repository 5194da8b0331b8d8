/** Publication dates written in a page's URL path: /2025/03/13/, /2025-03-13-, /20250313/. */
import { valid, ymd } from './date-parse.js';

const PATTERNS: RegExp[] = [
  // `/2023/10/31/`, `/2023-10-31-slug`, `/2012-06/04/`; a day after a slash must end the segment: not `/2023/10/3-fragen-an…`
  /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})(?:\/(\d{1,2})(?=$|[/.])|[_-](\d{1,2})(?=$|[/_.+,-]))/,
  /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.+,-])/,
  /(?:^|[/_-])(\d{1,2})[/_-](\d{1,2})[/_-]((?:19|20)\d{2})(?=$|[/_.+,-])/,
];

/** The full date in a URL's path, or null (a year or year/month alone is not a date). */
export function dateFromUrl(url: string | null, maxYear: number): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  for (let i = 0; i < PATTERNS.length; i++) {
    const m = PATTERNS[i]!.exec(path);
    if (!m) continue;
    const [y, mo, d] = i === 0 ? [+m[1]!, +m[2]!, +(m[3] ?? m[4])!] : i === 2 ? [+m[3]!, +m[2]!, +m[1]!] : [+m[1]!, +m[2]!, +m[3]!];
    if (valid(y, mo, d, maxYear)) return ymd(y, mo, d);
  }
  return null;
}
