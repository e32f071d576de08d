import type { Token } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';

/**
 * A read-only view of a text's tokens with lower-cased forms and helpers to walk them. Shared by the
 * quote finder and the event extractor.
 */
export interface TokenView {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly low: readonly string[];
}

export function tokenView(text: string, toks: readonly Token[]): TokenView {
  return { text, toks, low: toks.map((t) => text.slice(t.start, t.end).toLowerCase()) };
}

export const lowAt = (v: TokenView, i: number): string => v.low[i] ?? '';
export const rawAt = (v: TokenView, i: number): string => (v.toks[i] ? v.text.slice(v.toks[i].start, v.toks[i].end) : '');
export const isCapitalised = (v: TokenView, i: number): boolean => /^\p{Lu}/u.test(rawAt(v, i));

/** Index of the first token starting at or after `offset`. */
export function tokenAt(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token index range [from, to) inside a span. */
export function tokenRange(v: TokenView, span: Span): [number, number] {
  const from = tokenAt(v, span.start);
  let to = from;
  while (to < v.toks.length && v.toks[to].end <= span.end) to++;
  return [from, to];
}

/** The span from token a to token b inclusive. */
export function spanOf(v: TokenView, a: number, b: number): Span {
  return { start: v.toks[a].start, end: v.toks[b].end };
}

/** Whether the words starting at token i spell `phrase` (lower case, space separated). */
export function matchesAt(v: TokenView, i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((p, k) => lowAt(v, i + k) === p);
}

/** Trims trailing sentence punctuation (and spaces) from a span: "… in 12 days." → "… in 12 days". */
export function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s.;,!?:–—-]/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
