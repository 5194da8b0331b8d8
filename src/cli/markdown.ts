/**
 * `--format markdown`: the title as a heading, then the article.
 * TODO(lead): use `htmlToMarkdown` from src/output/markdown.ts on `result.html` once it exists; until
 * then the body text is printed (its blocks are already separated by blank lines, as in markdown).
 */
import type { CleanResult } from '../types.js';

export function toMarkdown(result: CleanResult): string {
  const head = result.title ? `# ${result.title.replace(/\s+/g, ' ').trim()}\n\n` : '';
  return head + result.body;
}
