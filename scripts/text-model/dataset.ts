/** Loads the training pages: wcxb-dev dumps (w3m, plus lynx/links/elinks when made) with their truth bodies. */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.UNCHROME_SHARED ?? resolve(here, '../../../shared');
export const W3M_DIR = join(SHARED, 'bench/wcxb-dev-w3m');
export const DUMPS_DIR = process.env.UNCHROME_DUMPS ?? '/tmp/unchrome-text-dumps';
export const EXTRA_TOOLS = ['lynx', 'links', 'elinks'] as const;

export interface Page {
  id: string;
  tool: string;
  text: string;
  body: string;
  type: string;
}

/** Ids of wcxb-dev-w3m pages that have a truth body, sorted. */
export function pageIds(): string[] {
  return readdirSync(W3M_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

function truth(id: string): { body: string; type: string } | null {
  const j = JSON.parse(readFileSync(join(W3M_DIR, `${id}.json`), 'utf8')) as { body?: string; page_type?: string };
  return typeof j.body === 'string' ? { body: j.body, type: j.page_type ?? 'article' } : null;
}

export function loadPages(ids: string[], tools: string[]): Page[] {
  const out: Page[] = [];
  for (const id of ids) {
    const t = truth(id);
    if (!t) continue;
    for (const tool of tools) {
      const f = tool === 'w3m' ? join(W3M_DIR, `${id}.txt`) : join(DUMPS_DIR, tool, `${id}.txt`);
      if (!existsSync(f)) continue;
      const text = readFileSync(f, 'utf8');
      if (text.trim()) out.push({ id, tool, text, body: t.body, type: t.type });
    }
  }
  return out;
}

/**
 * Extra training pages (never test pages: their ids are in no fold): a benchmark set's truth bodies with dumps made by
 * make-dumps.sh into DUMPS_DIR/<set>/<tool>/ (e.g. scrapinghub, 181 articles). Ids are prefixed `<set>:`.
 */
export function loadExtraPages(set: string, tools: string[]): Page[] {
  const dir = join(SHARED, 'bench', set);
  if (!existsSync(dir)) return [];
  const out: Page[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const id = f.slice(0, -5);
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body?: string; page_type?: string };
    if (typeof j.body !== 'string' || !j.body.trim()) continue;
    for (const tool of tools) {
      const d = join(DUMPS_DIR, set, tool, `${id}.txt`);
      if (!existsSync(d)) continue;
      const text = readFileSync(d, 'utf8');
      if (text.trim()) out.push({ id: `${set}:${id}`, tool, text, body: j.body, type: j.page_type ?? 'article' });
    }
  }
  return out;
}

/** Which of `k` folds a page is in (by its position in the sorted id list). */
export function foldOf(ids: string[], k: number): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i % k]));
}

/** Tools whose dumps exist on this machine. */
export function availableTools(): string[] {
  return ['w3m', ...EXTRA_TOOLS.filter((t) => existsSync(join(DUMPS_DIR, t)))];
}
