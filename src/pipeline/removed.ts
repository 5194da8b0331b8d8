/** A bounded log of what was cut as chrome, and why. */
import type { RemovedItem } from '../types.js';

export class RemovedLog {
  readonly items: RemovedItem[] = [];
  private dropped = 0;
  constructor(private readonly maxItems = 200, private readonly maxChars = 300) {}

  add(reason: string, text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    if (this.items.length >= this.maxItems) { this.dropped++; return; }
    this.items.push({ reason, text: t.length > this.maxChars ? t.slice(0, this.maxChars - 1) + '…' : t });
  }

  /** Number of entries not kept because the log was full. */
  get overflow(): number { return this.dropped; }
}
