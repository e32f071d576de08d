/**
 * Typed errors. Each carries a stable code, what went wrong, and what the user can do about it.
 * Tests assert on `code`, never on message text.
 */
export const ErrorCodes = {
  E_USAGE: 'The command line is not valid.',
  E_NOT_FOUND: 'A file, URL or record does not exist.',
  E_UNREADABLE: 'A file or directory could not be read.',
  E_BINARY: 'The input is binary, not text or HTML.',
  E_EMPTY: 'The input is empty.',
  E_TOO_LARGE: 'The input is larger than the limit.',
  E_ENCODING: 'The input could not be decoded as text.',
  E_FETCH: 'A URL could not be fetched.',
  E_TIMEOUT: 'An operation ran out of time.',
  E_FEED: 'A feed could not be parsed.',
  E_FORMAT: 'A file does not match its format (JSON, JSONL, sidecar).',
  E_NO_CONTENT: 'The page holds no article content.',
  E_DATE: 'A date could not be understood.',
  E_STORE: 'The store failed.',
  E_SERVICE: 'A required service (PostgreSQL, Redis) is unreachable.',
  E_PIPELINE: 'The pipeline is misconfigured.',
  E_INTERNAL: 'An unexpected internal error.',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface DossierErrorInit {
  /** What the error is about: a file path, URL, article id or option name. */
  readonly subject?: string;
  /** What the user can do. */
  readonly fix: string;
  readonly cause?: unknown;
}

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly subject: string | undefined;
  readonly fix: string;

  constructor(code: ErrorCode, message: string, init: DossierErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'DossierError';
    this.code = code;
    this.subject = init.subject;
    this.fix = init.fix;
  }

  /** One line: `subject: message (fix)`, as printed by the CLI. */
  oneLine(): string {
    const subject = this.subject ? `${this.subject}: ` : '';
    return `${subject}${this.message} [${this.code}] — ${this.fix}`;
  }
}

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof DossierError;
}

/** Wrap anything thrown into a DossierError, keeping the original as `cause`. */
export function toDossierError(e: unknown, subject?: string): DossierError {
  if (e instanceof DossierError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DossierError('E_INTERNAL', message, {
    subject,
    cause: e,
    fix: 'This is a bug in dossier; please report it with the input that caused it.',
  });
}
