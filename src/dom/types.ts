/**
 * The one tree every stage works on: a domhandler tree (what htmlparser2 builds).
 * Backends (light = htmlparser2, linkedom, jsdom) all return this shape, so extraction gives the same
 * answer whichever parsed the page; css-select, domutils and dom-serializer work on it directly.
 */
import type { Document, Element, AnyNode, Text } from 'domhandler';

export type { Document, Element, AnyNode, Text };

/** A DOM backend: turns an HTML string into the common tree. */
export interface DomBackend {
  readonly name: string;
  /** `checkpoint` is called now and then during long parses; it throws to stop (the time budget). */
  parse(html: string, checkpoint?: () => void): Document;
}
