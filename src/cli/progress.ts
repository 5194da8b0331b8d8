/**
 * Batch progress on stderr: a cli-progress bar (pages, pages/s, ETA) when stderr is a terminal,
 * otherwise a plain line every `every` ms; nothing with `quiet`.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One page done. */
  tick(errors: number): void;
  /** The total became known (for the ETA). */
  setTotal(total: number): void;
  stop(): void;
}

export function createProgress(opts: { quiet: boolean; total?: number; every?: number }): Progress {
  const t0 = performance.now();
  let done = 0;
  let errs = 0;
  const rate = (): string => (done / Math.max(1e-3, (performance.now() - t0) / 1000)).toFixed(1);
  if (opts.quiet) return { tick: () => {}, setTotal: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const known = opts.total !== undefined;
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: known
        ? 'unchrome {bar} {percentage}% | {value}/{total} pages | {rate} pages/s | {errors} errors | ETA {eta_formatted}'
        : 'unchrome {value} pages | {rate} pages/s | {errors} errors',
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(opts.total ?? 0, 0, { rate: '0.0', errors: 0 });
    return {
      tick(errors) { done++; errs = errors; bar.increment(1, { rate: rate(), errors: errs }); },
      setTotal(total) { bar.setTotal(total); },
      stop() { bar.stop(); },
    };
  }
  const every = opts.every ?? 10_000;
  let last = performance.now();
  let total = opts.total;
  return {
    tick(errors) {
      done++;
      errs = errors;
      const now = performance.now();
      if (now - last >= every) {
        last = now;
        const eta = total ? `, ETA ${Math.round((total - done) / Math.max(1e-3, Number(rate())))} s` : '';
        process.stderr.write(`unchrome: ${done}${total ? `/${total}` : ''} pages, ${errs} errors, ${rate()} pages/s${eta}\n`);
      }
    },
    setTotal(t) { total = t; },
    stop() {},
  };
}
