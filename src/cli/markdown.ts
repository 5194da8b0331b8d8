/**
 * `--format markdown`: the article HTML through `htmlToMarkdown`, under the title as a `#` heading
 * (unless the article already opens with that heading); the body text when the HTML gives nothing.
 */
import type { CleanResult } from '../types.js';
import { htmlToMarkdown } from '../output/markdown.js';

function norm(s: string): string {
  return s.replace(/[\\*_`#]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function toMarkdown(result: CleanResult): string {
  const md = (result.html ? htmlToMarkdown(result.html) : '').trim() || result.body;
  const title = result.title?.replace(/\s+/g, ' ').trim();
  if (!title) return md;
  const firstHeading = /^#{1,6} +(.+)$/m.exec(md.slice(0, 2000));
  if (firstHeading && norm(firstHeading[1]!) === norm(title)) return md;
  return `# ${title}\n\n${md}`;
}
