/** The `unchrome` command (dist/cli.js): one page to JSON/text/markdown, or a batch of pages. */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CleanOptions, DomBackendName } from '../types.js';
import { isUnchromeError } from '../errors.js';
import { loadRules } from '../batch/rules-file.js';
import type { OutputFormat } from './single.js';
import { runBatch } from './batch.js';

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
    return n;
  };
}

interface CommonFlags {
  rules?: string; dom?: DomBackendName; timeoutMs?: number; maxBytes?: number;
  builtinRules?: boolean; updatedDates?: boolean; readability?: 'auto' | 'always' | 'never';
  captions?: 'auto' | 'keep';
}

function cleanOptions(f: CommonFlags): CleanOptions {
  const o: CleanOptions = {};
  if (f.dom) o.dom = f.dom;
  if (f.timeoutMs) o.timeoutMs = f.timeoutMs;
  if (f.maxBytes) o.maxBytes = f.maxBytes;
  if (f.builtinRules === false) o.builtinRules = false;
  if (f.updatedDates === false) o.updatedDates = false;
  if (f.readability) o.readability = f.readability;
  if (f.captions) o.captions = f.captions;
  return o;
}

function addCommon(cmd: Command): Command {
  return cmd
    .option('--rules <file>', 'site rules file')
    .option('--no-builtin-rules', 'do not apply the site rules shipped with unchrome')
    .option('--no-updated-dates', 'date: null rather than a date the page labels as its last update (when it gives no publication date)')
    .addOption(new Option('--dom <backend>', 'HTML parser').choices(['light', 'linkedom', 'jsdom']))
    .addOption(new Option('--readability <mode>', 'when Mozilla Readability is consulted as a second candidate').choices(['auto', 'always', 'never']))
    .addOption(new Option('--captions <mode>', 'figure captions in the article: auto (the model decides) or keep').choices(['auto', 'keep']))
    .option('--timeout-ms <n>', 'time budget per page (ms)', positiveInt('--timeout-ms'), 10_000)
    .option('--max-bytes <n>', 'largest page accepted (bytes, after gunzip)', positiveInt('--max-bytes'), 20 * 1024 * 1024);
}

function fail(e: unknown): number {
  const code = isUnchromeError(e) ? e.code : (e as NodeJS.ErrnoException)?.code;
  process.stderr.write(`unchrome: ${(e as Error)?.message ?? String(e)}${code ? ` (${code})` : ''}\n`);
  return 1;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('unchrome')
    .description('Strip portal chrome from scraped web pages: article text, title, author, date, language.')
    .argument('[file]', 'page to clean (HTML or text dump, .gz read transparently); - for stdin', '-')
    .option('--url <url>', 'URL of the page (resolves links, selects site rules)')
    .addOption(new Option('--format <format>', 'output').choices(['json', 'text', 'markdown']).default('json'))
    .enablePositionalOptions()
    .showHelpAfterError();
  addCommon(program).action(async (file: string, f: CommonFlags & { url?: string; format: OutputFormat }) => {
    try {
      const options = cleanOptions(f);
      if (f.url) options.url = f.url;
      if (f.rules) options.rules = await loadRules(f.rules);
      const { runSingle } = await import('./single.js'); // batch mode never loads the cleaner in this thread
      setExit(runSingle(file, f.format, options));
    } catch (e) {
      setExit(fail(e));
    }
  });

  const batch = program.command('batch')
    .description('clean many pages: --list (one file a line, PATH or PATH<TAB>URL), --jsonl or --warc')
    .option('--list <file>', 'list of pages: PATH or PATH<TAB>URL per line')
    .option('--jsonl <file>', 'JSON Lines input ({"url","html"} or {"url","text"}, optional "headers", "id"); - for stdin')
    .option('--warc <file>', 'WARC or WARC.gz input (response records); - for stdin')
    .option('--out-dir <dir>', 'write <dir>/<id>.json per page')
    .option('--out <file>', 'write JSON Lines to a file (default stdout)')
    .option('--workers <n>', 'worker threads (default: number of cores; 0 = in this thread)', positiveInt('--workers'))
    .option('--worker-heap-mb <n>', 'heap limit per worker thread, MB (default 512); a page over it gets OUT_OF_MEMORY', positiveInt('--worker-heap-mb'))
    .option('--ordered', 'output in input order')
    .option('--quiet', 'no progress on stderr');
  addCommon(batch).action(async (f: CommonFlags & {
    list?: string; jsonl?: string; warc?: string; outDir?: string; out?: string; workers?: number; workerHeapMb?: number; ordered?: boolean; quiet?: boolean;
  }) => {
    try {
      if (f.rules) await loadRules(f.rules); // fail fast on a bad rules file; workers load it themselves
      setExit(await runBatch({ ...f, clean: cleanOptions(f) }));
    } catch (e) {
      setExit(fail(e));
    }
  });
  return program;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // the reader went away (`| head`)
  throw e;
});

await buildProgram((code) => { process.exitCode = code; }).parseAsync(process.argv);
