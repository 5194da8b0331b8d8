/** Typed errors: every failure `clean()` reports is an `UnchromeError` with a stable `code`. */

export type UnchromeErrorCode =
  | 'EMPTY_INPUT'   // nothing but whitespace
  | 'NOT_TEXT'      // binary data (image, PDF, archive ...)
  | 'TOO_LARGE'     // over options.maxBytes
  | 'TIMEOUT'       // over options.timeoutMs
  | 'BAD_OPTION'    // an option of the wrong type or value
  | 'BAD_INPUT'     // input of an unsupported type
  | 'RULE_ERROR'    // an invalid rule definition
  | 'PARSE_ERROR';  // the document could not be parsed

export class UnchromeError extends Error {
  readonly code: UnchromeErrorCode;
  constructor(code: UnchromeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnchromeError';
    this.code = code;
  }
}

export function isUnchromeError(e: unknown): e is UnchromeError {
  return e instanceof UnchromeError;
}
