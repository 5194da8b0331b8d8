/**
 * Writing a site rule: one rule cleans both the HTML page and the text dump of a (made-up) portal,
 * "The Daily Harbour", bundled in fixtures/rules/. Run: npx tsx examples/custom-rule.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clean, defineRule, type CleanResult } from '../src/index.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/rules/${name}`, import.meta.url)), 'utf8');

export const dailyHarbour = defineRule({
  name: 'daily-harbour',
  // The site name near the top of the page: holds for the HTML source and for the dump alike.
  match: { signature: { text: /The Daily Harbour/ } },
  html: {
    body: '.story-body',
    remove: ['.newsletter-box', '.share'],
    paywall: ['.paywall-stub'], // removed, and reported in result.paywall
    title: 'h1.story-title',
    date: '.story-meta time', // its datetime attribute
    author: '.story-meta .author',
  },
  text: {
    cutBefore: [/^Share: /], // the article starts after the share line…
    cutAfter: [/^More from the Harbour$/], // …and ends before the list of other stories
    dropLines: [/^Share: /, /^Get the Harbour Morning newsletter/, /^Sign up$/],
    paywall: [/^Subscribe to continue reading/],
  },
  // Hooks run only for rules defined in code (never for JSON rules).
  after: (result) => ({ ...result, title: result.title?.replace(/ — The Daily Harbour$/, '') ?? null }),
});

function show(label: string, r: CleanResult): void {
  console.log(`--- ${label}`);
  console.log(JSON.stringify({
    title: r.title, author: r.author, date: r.date, language: r.language, format: r.format,
    rules: r.rules, paywall: r.paywall, removed: r.removed.length, warnings: r.warnings,
  }, null, 2));
  console.log(r.body);
}

export const cleanHarbourPage = (): CleanResult =>
  clean(fixture('daily-harbour.html'), { url: 'https://www.dailyharbour.example/local/ferry-strike', rules: [dailyHarbour] });
export const cleanHarbourDump = (): CleanResult => clean(fixture('daily-harbour.txt'), { format: 'text', rules: [dailyHarbour] });

// Run as a script (not when a test imports the rule).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  show('HTML page', cleanHarbourPage());
  show('text dump', cleanHarbourDump());
}
