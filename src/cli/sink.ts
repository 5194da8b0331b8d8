/** JSON Lines output with backpressure: waits for the stream to drain, so memory stays flat. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
  /** True when writing to stdout (the summary line then goes to stderr). */
  readonly toStdout: boolean;
}

export function openSink(path: string | undefined): LineSink {
  const toStdout = !path || path === '-';
  const out: Writable = toStdout ? process.stdout : createWriteStream(path!);
  return {
    toStdout,
    async write(line: string) {
      if (!out.write(line + '\n')) await once(out, 'drain');
    },
    async close() {
      if (toStdout) return;
      out.end();
      await once(out, 'finish');
    },
  };
}
