/**
 * One post-order pass over the tree computing, for every element, how much text it holds, how much of
 * that is link text, and how many clause punctuation marks: the evidence the pruner and scorer use.
 */
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

export interface NodeStats {
  /** Non-space characters of text inside. */
  text: number;
  /** Non-space characters inside `<a>`. */
  link: number;
  /** Commas inside (`,` `，` `、`, and `。` which CJK text uses where Latin text would need spaces): Readability's evidence of prose. */
  punct: number;
}

export type StatsMap = Map<Element, NodeStats>;

const ZERO: NodeStats = { text: 0, link: 0, punct: 0 };

/** Non-space characters and commas of a string. */
export function countText(s: string): [number, number] {
  let chars = 0;
  let punct = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 160) continue;
    chars++;
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x3002) punct++;
  }
  return [chars, punct];
}

export function computeStats(root: ParentNode): StatsMap {
  const map: StatsMap = new Map();
  // iterative post-order: push element, then its children; process elements when popped a second time
  const stack: Array<AnyNode | null> = [];
  const order: Element[] = [];
  for (const c of root.children) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n && isTag(n)) {
      order.push(n);
      for (const c of n.children) if (isTag(c)) stack.push(c);
    }
  }
  // children come after parents in `order`: walk it backwards so children are done first
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let text = 0, link = 0, punct = 0;
    for (const c of el.children) {
      if (isText(c)) {
        const [t, p] = countText(c.data);
        text += t; punct += p;
      } else if (isTag(c)) {
        const s = map.get(c) ?? ZERO;
        text += s.text; link += s.link; punct += s.punct;
      }
    }
    if (el.name === 'a') link = text;
    map.set(el, { text, link, punct });
  }
  return map;
}

export function statsOf(map: StatsMap, el: Element): NodeStats {
  return map.get(el) ?? ZERO;
}

export function linkDensity(s: NodeStats): number {
  return s.text ? s.link / s.text : 0;
}
