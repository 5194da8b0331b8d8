/** Page ids for output names: a file's basename without `.gz`, then without `.html`/`.htm`/`.txt`. */
import { basename } from 'node:path';

export function pageId(path: string): string {
  return basename(path).replace(/\.gz$/i, '').replace(/\.(html?|txt)$/i, '');
}

/** Makes an id safe as a file name (no path separators, no control characters, bounded length). */
export function safeFileId(id: string): string {
  const s = id.replace(/[\\/:*?"<>|\x00-\x1f]+/g, '_').replace(/^\.+/, '_');
  return (s || '_').slice(0, 200);
}
