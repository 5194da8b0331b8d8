/**
 * `htmlToMarkdown(html)`: article HTML (the sanitized `html` of a result) to CommonMark/GFM, for the CLI's
 * `--format markdown`. A streaming converter over htmlparser2: no DOM, no recursion, so any nesting depth and
 * any size converts in one linear pass.
 */
import { Parser } from 'htmlparser2';

/** Quote and list nesting shown in the Markdown (deeper levels are flattened into the deepest shown). */
const MAX_PREFIX_DEPTH = 16;

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'hr', 'address', 'details', 'summary', 'body', 'html']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);
const EMPHASIS: Record<string, string> = { em: '*', i: '*', cite: '*', dfn: '*', strong: '**', b: '**', del: '~~', s: '~~', strike: '~~' };

type Container =
  | { kind: 'quote'; started: boolean }
  | { kind: 'list'; ordered: boolean; next: number; started: boolean }
  | { kind: 'item'; marker: string; started: boolean };

interface Mark { tag: string; at: number; href?: string; title?: string }

/** Escapes text so Markdown shows it literally. */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Escapes what would start a block construct at the beginning of a line. */
function escapeLineStart(s: string): string {
  return s.replace(/^(\s*)([#>+=-]|\d+[.)])(?=\s|$)/, (_, sp: string, m: string) => `${sp}${m.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+=-])$/, '\\$1')}`);
}

function fence(code: string, min = 3): string {
  let longest = 0;
  for (const m of code.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(min, longest + 1));
}

function urlPart(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

export function htmlToMarkdown(html: string): string {
  const out: string[] = [];        // finished lines
  const containers: Container[] = [];
  const marks: Mark[] = [];
  let buf = '';                    // inline text of the current block
  let heading = 0;
  let pre = 0;
  let preLang = '';
  let skip = 0;
  let tight = false;               // the last block was a list item: no blank line before the next one
  let table: { rows: string[][]; row: string[] | null; cell: string | null; header: boolean } | null = null;
  let tableSaved = '';

  /** Line prefix from the open quotes and list items; `separator`: for the blank line before a block. */
  function prefix(separator: boolean): string {
    let p = '';
    let depth = 0;
    for (const c of containers) {
      if (c.kind === 'list') continue;
      if (++depth > MAX_PREFIX_DEPTH) break;
      if (separator && !c.started) break;
      if (c.kind === 'quote') p += '> ';
      else p += c.started ? ' '.repeat(c.marker.length) : c.marker;
    }
    return p;
  }

  /** Writes a block's lines; blocks are separated by a blank line, except list items that follow one another. */
  function emit(lines: string[]): void {
    if (!lines.length) return;
    const item = innermostItem();
    const firstInItem = item !== null && !item.started;
    if (out.length && !(tight && firstInItem)) out.push(prefix(true).trimEnd());
    lines.forEach((l, i) => {
      out.push((prefix(false) + l).trimEnd());
      if (i === 0) for (const c of containers) c.started = true;
    });
    tight = item !== null;
  }

  function innermostItem(): Extract<Container, { kind: 'item' }> | null {
    for (let i = containers.length - 1; i >= 0; i--) {
      const c = containers[i]!;
      if (c.kind === 'item') return c;
      if (c.kind === 'quote') return null;
    }
    return null;
  }

  function flush(): void {
    if (table) return;
    if (pre) return;
    const text = buf.replace(/[ \t\r\n\f]+/g, ' ').replace(/ *\u0000 */g, '\\\n').replace(/(?:\\\n)+$/, '').trim();
    buf = '';
    if (!text) return;
    const lines = text.split('\n').map((l, i) => (i === 0 ? escapeLineStart(l) : escapeLineStart(l.trimStart())));
    if (heading) lines.splice(0, lines.length, `${'#'.repeat(heading)} ${lines.join(' ').replace(/\\$/, '')}`);
    emit(lines);
  }

  function closeInline(tag: string): void {
    for (let i = marks.length - 1; i >= 0; i--) {
      if (marks[i]!.tag !== tag) continue;
      const m = marks.splice(i)[0]!;
      const inner = buf.slice(m.at);
      const lead = /^\s*/.exec(inner)![0];
      const trail = /\s*$/.exec(inner)![0];
      const core = inner.trim();
      let rendered: string;
      if (tag === 'a') {
        rendered = m.href ? `[${core || escapeInline(m.href)}](${urlPart(m.href)}${m.title ? ` "${m.title.replace(/"/g, '\\"')}"` : ''})` : core;
      } else if (tag === 'code') {
        const f = fence(core, 1);
        rendered = core ? `${f}${f.length > 1 || core.startsWith('`') ? ' ' : ''}${core}${f.length > 1 || core.endsWith('`') ? ' ' : ''}${f}` : '';
      } else {
        const d = EMPHASIS[tag] ?? '';
        rendered = core ? `${d}${core}${d}` : '';
      }
      buf = buf.slice(0, m.at) + lead + rendered + (core ? trail : '');
      return;
    }
  }

  const parser = new Parser({
    onopentag(name, attribs) {
      if (skip) { if (SKIP.has(name)) skip++; return; }
      if (SKIP.has(name)) { skip = 1; return; }
      if (table) {
        if (name === 'tr') { table.row = []; return; }
        if (name === 'td' || name === 'th') { if (!table.row) table.row = []; table.cell = ''; buf = ''; if (name === 'th' && table.rows.length === 0) table.header = true; return; }
      }
      if (BLOCK.has(name)) {
        flush();
        if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
        else if (name === 'blockquote') containers.push({ kind: 'quote', started: false });
        else if (name === 'ul' || name === 'ol') {
          const start = Number.parseInt(attribs['start'] ?? '1', 10);
          containers.push({ kind: 'list', ordered: name === 'ol', next: Number.isFinite(start) ? start : 1, started: false });
        } else if (name === 'li') {
          let list: Extract<Container, { kind: 'list' }> | undefined;
          for (let i = containers.length - 1; i >= 0 && !list; i--) { const c = containers[i]!; if (c.kind === 'list') list = c; }
          const marker = list?.ordered ? `${list.next++}. ` : '- ';
          containers.push({ kind: 'item', marker, started: false });
        } else if (name === 'pre') {
          pre++;
          if (pre === 1) { buf = ''; preLang = /(?:^|\s)lang(?:uage)?-([\w+#.-]+)/.exec(attribs['class'] ?? '')?.[1] ?? ''; }
        } else if (name === 'hr') emit(['---']);
        else if (name === 'table') { tableSaved = buf; buf = ''; table = { rows: [], row: null, cell: null, header: false }; }
        return;
      }
      if (name === 'br') { buf += pre ? '\n' : '\u0000'; return; }
      if (name === 'img') {
        const src = attribs['src'];
        if (src) buf += `![${escapeInline(attribs['alt'] ?? '')}](${urlPart(src)})`;
        return;
      }
      if (name === 'code' && pre) { if (!preLang) preLang = /(?:^|\s)lang(?:uage)?-([\w+#.-]+)/.exec(attribs['class'] ?? '')?.[1] ?? ''; return; }
      if (name === 'a' || name === 'code' || EMPHASIS[name]) {
        if (pre) return;
        marks.push({ tag: name, at: buf.length, href: attribs['href'], title: attribs['title'] });
      }
    },
    ontext(text) {
      if (skip) return;
      if (pre) { buf += text; return; }
      const inCode = marks.some((m) => m.tag === 'code');
      buf += inCode ? text : escapeInline(text);
    },
    onclosetag(name) {
      if (skip) { if (SKIP.has(name)) skip--; return; }
      if (table) {
        if (name === 'td' || name === 'th') {
          if (table.cell !== null) { (table.row ??= []).push(buf.replace(/\s+/g, ' ').replace(/\u0000/g, ' ').trim()); table.cell = null; buf = ''; }
          return;
        }
        if (name === 'tr') { if (table.row?.length) table.rows.push(table.row); table.row = null; return; }
        if (name !== 'table') return;
        const t = table;
        table = null;
        if (t.row?.length) t.rows.push(t.row);
        buf = tableSaved;
        flush();
        let width = 0;
        for (const r of t.rows) if (r.length > width) width = r.length;
        if (width) {
          const rows = t.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const line = (r: string[]): string => `| ${r.map((c) => c || ' ').join(' | ')} |`;
          const head = rows[0]!;
          emit([line(head), line(head.map(() => '---')), ...rows.slice(1).map(line)]);
        }
        return;
      }
      if (BLOCK.has(name)) {
        if (name === 'pre') {
          if (pre === 1) {
            const code = buf.replace(/^\n/, '').replace(/\n+$/, '');
            buf = '';
            pre = 0;
            const f = fence(code);
            emit([`${f}${preLang}`, ...code.split('\n'), f]);
            preLang = '';
          } else if (pre > 1) pre--;
          return;
        }
        flush();
        if (/^h[1-6]$/.test(name)) heading = 0;
        else if (name === 'blockquote' || name === 'ul' || name === 'ol' || name === 'li') {
          const want = name === 'blockquote' ? 'quote' : name === 'li' ? 'item' : 'list';
          for (let i = containers.length - 1; i >= 0; i--) if (containers[i]!.kind === want) { containers.splice(i); break; }
          if (name !== 'li' && !innermostItem()) tight = false;
        }
        return;
      }
      if (name === 'a' || name === 'code' || EMPHASIS[name]) { if (!pre) closeInline(name); }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.end(html);
  if (pre) { // unclosed <pre>
    const code = buf.replace(/\n+$/, '');
    buf = '';
    pre = 0;
    emit([fence(code), ...code.split('\n'), fence(code)]);
  }
  while (marks.length) closeInline(marks[marks.length - 1]!.tag);
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + (out.length ? '\n' : '');
}
