import type { Span } from './span.ts';

/**
 * A problem or note attached to one document (vfile-style). A problem with one document is a
 * diagnostic on that document, never a crash of the batch.
 */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly severity: Severity;
  /** Which stage or component produced it, e.g. `clean`, `annotate.time`. */
  readonly origin: string;
  /** Stable rule id, e.g. `no-article-content`, `date-unknown`. */
  readonly rule: string;
  readonly message: string;
  /** Where in the article's text, when it is about a span. */
  readonly place?: Span;
}

export function diagnostic(
  severity: Severity,
  origin: string,
  rule: string,
  message: string,
  place?: Span,
): Diagnostic {
  return place ? { severity, origin, rule, message, place } : { severity, origin, rule, message };
}
