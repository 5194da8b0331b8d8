/** Format detection: is this string HTML markup or a plain-text dump of a page? */

const TAG = /<(?:!doctype\s+html|html|head|body|meta|div|p|span|a|script|title|link|table|article|section|br|li|ul|h[1-6]|img)\b[^>]*>/gi;

export function detectFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 4096).trimStart();
  if (/^<(?:!doctype\s+html|html|\?xml)/i.test(head)) return 'html';
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  TAG.lastIndex = 0;
  let tags = 0;
  let tagChars = 0;
  for (let m = TAG.exec(sample); m && tags < 2000; m = TAG.exec(sample)) { tags++; tagChars += m[0].length; }
  const lines = Math.max(1, sample.split('\n', 5000).length);
  // markup: several tags per few lines, or tags make a fair share of the characters
  return tags >= 3 && (tags / lines > 0.2 || tagChars / sample.length > 0.05) ? 'html' : 'text';
}
