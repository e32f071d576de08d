import { DossierError, type ErrorCode } from '../core/errors.ts';

/**
 * The ingest failures, each one line: what went wrong with which source, and what to do.
 * Tests assert on `code`; the wording is for people.
 */
export function fail(code: ErrorCode, subject: string, message: string, fix: string, cause?: unknown): DossierError {
  return new DossierError(code, message, cause === undefined ? { subject, fix } : { subject, fix, cause });
}

export function notFound(subject: string): DossierError {
  return fail('E_NOT_FOUND', subject, 'no such file or directory', 'Check the path (it is resolved from the current directory).');
}

export function unreadable(subject: string, why: string, cause?: unknown): DossierError {
  return fail('E_UNREADABLE', subject, `cannot be read: ${why}`, 'Check the permissions, or pass a regular file or a directory.', cause);
}

export function tooLarge(subject: string, bytes: number, maxBytes: number): DossierError {
  return fail(
    'E_TOO_LARGE',
    subject,
    `is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit`,
    'Split it into smaller files, or raise the limit (maxBytes) if it really is one article.',
  );
}

export function empty(subject: string): DossierError {
  return fail('E_EMPTY', subject, 'is empty (no text at all, or only whitespace)', 'Remove it from the input, or check that it was saved completely.');
}

export function binary(subject: string, what: string): DossierError {
  return fail('E_BINARY', subject, `is binary (${what}), not text or HTML`, 'Pass the article as .txt, .html or .md; convert PDFs and office files to text first.');
}

export function badFormat(subject: string, message: string, fix: string, cause?: unknown): DossierError {
  return fail('E_FORMAT', subject, message, fix, cause);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
