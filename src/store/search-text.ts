import type { Span } from '../core/span.ts';

/**
 * Backend-neutral parts of full-text search: parsing the user's query, turning a backend's
 * highlighted text back into offsets into the clean text, and cutting a snippet around a match.
 */

/** Alternatives (joined by OR), each a list of phrases that must all occur; a phrase is 1+ words. */
export type ParsedQuery = readonly (readonly string[])[];

/** Highlight markers: control characters that clean text never holds. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Snippet width in characters around the first match (calibrated by eye on the seed articles: one or two sentences). */
const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 120;

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * `Putin "North Korea" OR Pyongyang` → [["Putin", "North Korea"], ["Pyongyang"]]. Punctuation is
 * dropped so no query can be a syntax error in either backend; an empty result means no terms.
 */
export function parseQuery(query: string): ParsedQuery {
  const groups: string[][] = [[]];
  const re = /"([^"]*)"?|(\S+)/gu;
  for (const m of query.matchAll(re)) {
    if (m[2] === 'OR') {
      if (groups[groups.length - 1]!.length) groups.push([]);
      continue;
    }
    const words = (m[1] ?? m[2] ?? '').match(WORD);
    if (words) groups[groups.length - 1]!.push(words.join(' '));
  }
  return groups.filter((g) => g.length > 0);
}

/** Strips the markers from a highlighted text and returns the marked spans in the plain text. */
export function markedSpans(marked: string): { plain: string; spans: Span[] } {
  const spans: Span[] = [];
  let plain = '';
  let open = -1;
  let last = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== MARK_START && c !== MARK_END) continue;
    plain += marked.slice(last, i);
    last = i + 1;
    if (c === MARK_START) open = plain.length;
    else if (open >= 0) {
      const prev = spans[spans.length - 1];
      // Adjacent highlighted words of one phrase become one span when only spaces separate them.
      if (prev && /^\s*$/u.test(plain.slice(prev.end, open))) spans[spans.length - 1] = { start: prev.start, end: plain.length };
      else spans.push({ start: open, end: plain.length });
      open = -1;
    }
  }
  plain += marked.slice(last);
  return { plain, spans };
}

/** A one-line excerpt around `span`, cut at word boundaries, with `…` where text was cut. */
export function snippetAround(text: string, span: Span): string {
  let start = Math.max(0, span.start - SNIPPET_BEFORE);
  let end = Math.min(text.length, span.end + SNIPPET_AFTER);
  if (start > 0) {
    const space = text.slice(start, span.start).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const tail = text.slice(span.end, end);
    const space = tail.search(/\s\S*$/u);
    if (space > 0) end = span.end + space;
  }
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * Offsets of the matches in `text`, from the backend's highlighted copy. When the highlighted copy
 * does not reproduce the text exactly (it always should), falls back to the first case-insensitive
 * occurrence of a query word, so an offset never points at the wrong place.
 */
export function matchSpans(text: string, marked: string, query: ParsedQuery): Span[] {
  const { plain, spans } = markedSpans(marked);
  if (plain === text && spans.length) return spans;
  const lower = text.toLowerCase();
  for (const phrase of query.flat()) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at >= 0) return [{ start: at, end: at + phrase.length }];
  }
  return [{ start: 0, end: 0 }];
}
