/** Converts a W3C DOM (linkedom, jsdom) into the common domhandler tree. Iterative: deep trees cannot overflow the stack. */
import { Document, Element, Text, Comment, type ChildNode, type ParentNode } from 'domhandler';

interface W3CNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<W3CNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
  content?: W3CNode; // <template>
}

export function fromW3C(doc: W3CNode): Document {
  const root = new Document([]);
  const stack: Array<[W3CNode, ParentNode]> = [[doc, root]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    const kids = src.childNodes;
    const out: ChildNode[] = [];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      let made: ChildNode | null = null;
      if (n.nodeType === 1) {
        const attribs: Record<string, string> = {};
        const at = n.attributes;
        if (at) for (let j = 0; j < at.length; j++) attribs[at[j]!.name.toLowerCase()] = at[j]!.value;
        const el = new Element(n.nodeName.toLowerCase(), attribs, []);
        stack.push([n, el]);
        made = el;
      } else if (n.nodeType === 3) made = new Text(n.nodeValue ?? '');
      else if (n.nodeType === 8) made = new Comment(n.nodeValue ?? '');
      if (made) {
        made.parent = dst;
        const prev = out[out.length - 1];
        if (prev) { prev.next = made; made.prev = prev; }
        out.push(made);
      }
    }
    dst.children = out;
  }
  return root;
}
