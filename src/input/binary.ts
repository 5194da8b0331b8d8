/** Is this a web page at all? Binary data (images, PDFs, archives, compressed bodies) is refused as NOT_TEXT. */
import { UnchromeError } from '../errors.js';
import { MAGIC } from './vocab/magic.js';

/** Characters looked at for the control-character ratio. */
const SAMPLE = 8192;
/** Share of control characters (and U+FFFD) above which decoded text is taken for binary data. */
const MAX_CONTROL_RATIO = 0.05;

/** The binary format the bytes start with, or null. */
export function magicKind(b: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (b.length < m.offset + m.bytes.length) continue;
    let ok = true;
    for (let i = 0; i < m.bytes.length && ok; i++) ok = b[m.offset + i] === m.bytes[i];
    if (ok) return m.kind;
  }
  return null;
}

/** Throws NOT_TEXT when raw bytes start with a known binary signature. */
export function assertNotBinaryBytes(b: Uint8Array): void {
  const kind = magicKind(b);
  if (kind) throw new UnchromeError('NOT_TEXT', `the input is a ${kind}, not a web page`);
}

/** Share of C0 control characters (other than tab, newlines, form feed), DEL and U+FFFD in the start of `text`. */
export function controlRatio(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (!n) return 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) || c === 0x7f || c === 0xfffd) ctrl++;
  }
  return ctrl / n;
}

/** Throws NOT_TEXT when decoded text is binary data: a known signature, or full of control characters. */
export function assertText(text: string): void {
  // binary read into a string as Latin-1 keeps its signature
  const head = text.slice(0, 32);
  if (!/[^\x00-\xff]/.test(head)) {
    const kind = magicKind(Buffer.from(head, 'latin1'));
    if (kind) throw new UnchromeError('NOT_TEXT', `the input is a ${kind}, not a web page`);
  }
  const n = Math.min(text.length, SAMPLE);
  const ratio = controlRatio(text);
  const ctrl = Math.round(ratio * n);
  if ((ctrl > 8 && ratio > MAX_CONTROL_RATIO) || (ctrl >= 2 && ratio > 0.5)) {
    throw new UnchromeError('NOT_TEXT', `the input looks like binary data (${Math.round(ratio * 100)}% control characters), not a web page`);
  }
}
