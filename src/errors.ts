/** Typed errors: every failure `clean()` reports is an `UnchromeError` with a stable `code`. */

export type UnchromeErrorCode =
  | 'EMPTY_INPUT'   // nothing but whitespace
  | 'NOT_TEXT'      // binary data (image, PDF, archive, compressed body ...)
  | 'TOO_LARGE'     // over options.maxBytes
  | 'TIMEOUT'       // over options.timeoutMs
  | 'BAD_OPTION'    // an option of the wrong type or value
  | 'BAD_INPUT'     // input of an unsupported type
  | 'RULE_ERROR'    // an invalid rule definition
  | 'PARSE_ERROR';  // the document could not be parsed

/** Every code, for callers that switch on them (and for tests). */
export const UNCHROME_ERROR_CODES: readonly UnchromeErrorCode[] = [
  'EMPTY_INPUT', 'NOT_TEXT', 'TOO_LARGE', 'TIMEOUT', 'BAD_OPTION', 'BAD_INPUT', 'RULE_ERROR', 'PARSE_ERROR',
];

export class UnchromeError extends Error {
  readonly code: UnchromeErrorCode;
  constructor(code: UnchromeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnchromeError';
    this.code = code;
  }

  /** `{ name, code, message }`: what the CLI and worker pools print or pass between threads. */
  toJSON(): { name: string; code: UnchromeErrorCode; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}

export function isUnchromeError(e: unknown): e is UnchromeError {
  return e instanceof UnchromeError
    // an error that crossed a worker-thread boundary loses its class but keeps its fields
    || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'UnchromeError'
      && UNCHROME_ERROR_CODES.includes((e as { code?: unknown }).code as UnchromeErrorCode));
}

/** A stack overflow (a recursive walker on a pathologically deep tree) as `PARSE_ERROR`; any other error unchanged. */
export function typedStackOverflow(e: unknown): unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new UnchromeError('PARSE_ERROR', 'the document is nested too deeply to process', { cause: e });
  }
  return e;
}

/**
 * Wraps an unexpected error from a stage as an `UnchromeError` (kept as `cause`): a stack overflow on a
 * pathological tree becomes `PARSE_ERROR`, anything else the given code.
 */
export function toUnchromeError(e: unknown, code: UnchromeErrorCode, stage: string): UnchromeError {
  if (e instanceof UnchromeError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(msg)) {
    return new UnchromeError('PARSE_ERROR', `the document is nested too deeply to process (at stage "${stage}")`, { cause: e });
  }
  return new UnchromeError(code, `${stage}: ${msg}`, { cause: e });
}
