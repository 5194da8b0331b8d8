/** Small helpers over the common tree: compiled selectors, text content, removal, serialization. */
import { compile, selectAll, selectOne } from 'css-select';
import { removeElement, replaceElement } from 'domutils';
import { render } from 'dom-serializer';
import { isTag, isText, Text, type AnyNode, type Element, type ParentNode } from 'domhandler';

type Compiled = ReturnType<typeof compile>;
const cache = new Map<string, Compiled>();

/** Compiles a CSS selector once; throws on an invalid selector. */
export function compileSelector(selector: string): Compiled {
  let c = cache.get(selector);
  if (!c) {
    c = compile(selector);
    if (cache.size > 2000) cache.clear();
    cache.set(selector, c);
  }
  return c;
}

export function queryAll(root: AnyNode | AnyNode[], selector: string): Element[] {
  return selectAll(compileSelector(selector), root as never) as Element[];
}

export function queryOne(root: AnyNode | AnyNode[], selector: string): Element | null {
  return selectOne(compileSelector(selector), root as never) as Element | null;
}

/** Tags whose text is never content. */
export const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'textarea']);

/** Text content of a node, skipping script/style-like subtrees. Iterative. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) { out.push(n.data); continue; }
    if (isTag(n)) {
      if (n !== node && NON_TEXT_TAGS.has(n.name)) continue;
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else if ('children' in n) {
      const kids = (n as ParentNode).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

export function removeNode(node: AnyNode): void {
  removeElement(node);
}

/**
 * Removes an element but leaves a space in its place, so the text on either side does not fuse into one
 * word ("council<div>ad</div>IF" → "council IF"). Comments go without a trace.
 */
export function removeLeavingGap(node: AnyNode): void {
  if (isTag(node) && node.parent) replaceElement(node, new Text(' '));
  else removeElement(node);
}

export function toHtml(node: AnyNode | AnyNode[]): string {
  return render(node as never, { decodeEntities: true, encodeEntities: 'utf8' });
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A test of "`el` or one of its element ancestors matches `pred`", memoised per element: called for many elements
 * of one tree (each block of a page), every element is judged once however many descendants ask. For one tree
 * at a time: make a new test when the tree changes.
 */
export function withinMatch(pred: (e: Element) => boolean): (el: Element | null) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let found = false;
    for (let a = el; a; a = a.parent && isTag(a.parent) ? a.parent : null) {
      const known = memo.get(a);
      if (known !== undefined) { found = known; break; }
      path.push(a);
      if (pred(a)) { found = true; break; }
    }
    for (const a of path) memo.set(a, found);
    return found;
  };
}
