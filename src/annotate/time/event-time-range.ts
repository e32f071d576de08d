import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/span.ts';
import { dayInterval } from '../../core/day-interval.ts';
import { parseYmd, type Ymd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

/**
 * Dating against a publication date known only as a range (e.g. inferred "somewhere in 2024").
 * A relative expression's value is a non-decreasing function of the publication day ("last year",
 * "in January", "on Tuesday", "two years ago" all move forward with it), so resolving it against
 * the first and the last possible day bounds every value in between: the part those two values
 * share (the same month, or the same year) is certain, and nothing finer is claimed. No day is
 * ever invented: a "Tuesday" in an unknown week of 2024 stays relative.
 */

/** The publication range of an article with no day-precise date: `[first, last]` day, or null. */
export function publicationRange(doc: Doc): readonly [Ymd, Ymd] | null {
  const p = doc.article.published;
  if (p.date && /^\d{4}-\d{2}-\d{2}/.test(p.date)) return null;
  const lo = p.notBefore ? dayInterval(p.notBefore)?.start : p.date ? dayInterval(p.date)?.start : undefined;
  const hi = p.notAfter ? dayInterval(p.notAfter)?.end : p.date ? dayInterval(p.date)?.end : undefined;
  const a = parseYmd(lo);
  const b = parseYmd(hi);
  return a && b && lo! <= hi! ? [a, b] : null;
}

/** The value a time expression takes when the article is published on `day` (its own sentence re-tagged). */
export function valueAt(doc: Doc, t: Span, day: Ymd): string | null {
  const sentence = (doc.layers.sentences ?? []).find((s) => s.start <= t.start && t.end <= s.end) ?? { start: 0, end: doc.text.length };
  const found = tagTimexes(doc.text.slice(sentence.start, sentence.end), day).find(
    (x) => x.start + sentence.start === t.start && x.end + sentence.start === t.end,
  );
  return found && found.anchor !== 'context' ? found.value : null;
}

/** The coarsest common calendar value of two values: equal → itself; same month → `YYYY-MM`; same year → `YYYY`; else null. */
export function commonValue(a: string | null, b: string | null): string | null {
  if (!a || !b) return null;
  if (a === b) return dayInterval(a) ? a.replace(/T.*$/, '') : null;
  const ia = dayInterval(a);
  const ib = dayInterval(b);
  if (!ia || !ib) return null;
  const [start, end] = [ia.start < ib.start ? ia.start : ib.start, ia.end > ib.end ? ia.end : ib.end];
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return null;
}

/** The certain part of a relative expression's value over the article's publication range; null when none. */
export function valueOverRange(doc: Doc, t: Span): string | null {
  const range = publicationRange(doc);
  return range ? commonValue(valueAt(doc, t, range[0]), valueAt(doc, t, range[1])) : null;
}

/** The certain part of the publication date itself (for current news): its month or year, or null. */
export function publicationOverRange(doc: Doc): string | null {
  const range = publicationRange(doc);
  if (!range) return null;
  const fmt = (x: Ymd) => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
  return commonValue(fmt(range[0]), fmt(range[1]));
}

/** What an event date that rests on an inferred publication date says in its `relative` field. */
const INFERRED_NOTE = 'publication date inferred';

/**
 * How an event date that rests on a publication date known only as a range is described: inferred
 * ("publication date inferred (2024)", which marks the event's date as dossier's inference), or
 * given so by its source or the user ("publication date 2024-06 (user)").
 */
export function publicationNote(doc: Doc): string {
  const p = doc.article.published;
  const when = p.date ?? `${p.notBefore ?? '?'}…${p.notAfter ?? '?'}`;
  return p.basis === 'inferred' ? `${INFERRED_NOTE} (${when})` : `publication date ${when} (${p.basis})`;
}
