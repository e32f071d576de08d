/**
 * Offsets and provenance. Every annotation is a half-open `[start, end)` range of UTF-16 code
 * units into one article's immutable clean `text`. Annotations never copy substrings: a view is
 * derived with `spanText`. Anything derived across articles carries `SourceSpan`s instead.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span in a named article: the unit of provenance. */
export interface SourceSpan extends Span {
  readonly article: string;
}

/** A provenance span together with the text it covers (for exports and display). */
export interface Evidence extends SourceSpan {
  readonly text: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function evidence(article: string, text: string, span: Span): Evidence {
  return { article, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
