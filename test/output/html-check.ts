// Test helper: parses output HTML (htmlparser2, and jsdom's browser-grade parser) and lists everything unsafe in it.
import { parseDocument } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ChildNode, Element } from 'domhandler';

const BAD_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext', 'noembed', 'noframes', 'isindex', 'video', 'audio', 'source', 'param', 'marquee']);
const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'lowsrc', 'dynsrc', 'srcset', 'longdesc', 'usemap', 'ping']);
const SAFE_SCHEME = /^(?:https?:|mailto:|tel:)/i;

interface Node { name: string; attrs: Array<[string, string]> }

function problemsOf(nodes: Node[], where: string, relativeOk: boolean): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (BAD_TAGS.has(n.name)) out.push(`${where}: <${n.name}>`);
    for (const [k, v] of n.attrs) {
      const key = k.toLowerCase();
      if (key.startsWith('on')) out.push(`${where}: <${n.name} ${k}>`);
      if (key === 'style') out.push(`${where}: <${n.name} style>`);
      if (URL_ATTRS.has(key)) {
        const url = v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (!SAFE_SCHEME.test(url) && !(relativeOk && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//'))) out.push(`${where}: <${n.name} ${k}="${v}">`);
      }
    }
  }
  return out;
}

function walkHtmlparser2(html: string): Node[] {
  const nodes: Node[] = [];
  const stack: ChildNode[] = [...parseDocument(html, { decodeEntities: true }).children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const el = n as Element;
      nodes.push({ name: el.name.toLowerCase(), attrs: Object.entries(el.attribs) });
      stack.push(...el.children);
    } else if ('children' in n) stack.push(...(n as { children: ChildNode[] }).children);
  }
  return nodes;
}

let browser: JSDOM | null = null;
/** One jsdom window, reused: `innerHTML` runs the HTML5 fragment parsing algorithm, as a browser does. */
function walkBrowser(html: string): Node[] {
  browser ??= new JSDOM('<!doctype html><body></body>', { virtualConsole: new VirtualConsole() });
  const body = browser.window.document.body;
  body.innerHTML = html;
  const nodes: Node[] = [];
  for (const el of body.querySelectorAll('*')) {
    nodes.push({ name: el.localName.toLowerCase(), attrs: [...el.attributes].map((a) => [a.name, a.value]) });
  }
  body.innerHTML = '';
  return nodes;
}

/** Everything unsafe in `html`, as htmlparser2 and as a browser (jsdom/parse5) parse it. Empty when safe. */
export function unsafeParts(html: string, opts: { relativeOk?: boolean } = {}): string[] {
  const rel = opts.relativeOk ?? false;
  return [...problemsOf(walkHtmlparser2(html), 'htmlparser2', rel), ...problemsOf(walkBrowser(html), 'browser', rel)];
}

/** Tag names present in `html` (htmlparser2). */
export function tagsOf(html: string): string[] {
  return walkHtmlparser2(html).map((n) => n.name);
}

/** Attributes of the first element named `name`. */
export function attrsOf(html: string, name: string): Record<string, string> | null {
  const n = walkHtmlparser2(html).reverse().find((x) => x.name === name);
  return n ? Object.fromEntries(n.attrs) : null;
}
