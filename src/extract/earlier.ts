import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { overlaps } from '../core/span.ts';
import { eventTime } from '../annotate/time/event-time.ts';
import { EARLIER_MODIFIERS, EARLIER_YEARS } from './earlier.data.ts';

/**
 * "The new partnership has replaced previous agreements from 1961, 2000, and 2001": a plural event
 * noun behind "previous" (or "earlier", "prior"…) followed by a list of years names that many
 * earlier occurrences; so does a plural event noun followed by several years without such a
 * modifier ("the agreements of 1961, 2000 and 2001"). Returns the year spans (empty when the noun is not such a list), so the
 * extractor tells one event per year, each dated by its year, apart from the event of the sentence.
 */
export function earlierYears(doc: Doc, trigger: Span, modifier: string): Span[] {
  if (!/s$/i.test(doc.text.slice(trigger.start, trigger.end))) return [];
  const after = doc.text.slice(trigger.end, Math.min(doc.text.length, trigger.end + 80));
  const m = EARLIER_YEARS.exec(after);
  if (!m) return [];
  const base = trigger.end + m.index + m[0].length - m[1].length;
  const years = [...m[1].matchAll(/\d{4}/g)].map((y) => ({ start: base + (y.index ?? 0), end: base + (y.index ?? 0) + 4 }));
  // Without "previous"/"earlier", a list of several years still names that many occurrences ("the
  // agreements of 1961, 2000 and 2001"); one year alone just dates the noun ("the talks of 2019").
  return EARLIER_MODIFIERS.has(modifier.toLowerCase()) || years.length >= 2 ? years : [];
}

/** One event per listed year: the same event, dated by its own year, told as an earlier occurrence. */
export function perYear(doc: Doc, e: EventMention, years: readonly Span[]): EventMention[] {
  return years.map((y) => ({
    ...e,
    time: { value: doc.text.slice(y.start, y.end), precision: 'year', basis: 'explicit', timex: { start: y.start, end: y.end } },
    summary: `${e.summary} (${doc.text.slice(y.start, y.end)})`,
  }));
}

/**
 * The sentence's own event keeps its own date: a year that names one of the listed occurrences
 * ("The pact replaces earlier treaties of 1961, 2000 and 2001") does not date the pact. When the
 * event's governing expression is such a year, its time is read again without the listed years.
 */
export function notDatedByListed(doc: Doc, e: EventMention, listed: readonly Span[], scope: Span): EventMention {
  const timex = e.time.timex;
  if (!timex || !listed.some((y) => overlaps(y, timex))) return e;
  const timexes = (doc.layers.timexes ?? []).filter((t) => !listed.some((y) => overlaps(y, t)));
  return { ...e, time: eventTime({ ...doc, layers: { ...doc.layers, timexes } }, e.trigger, scope) };
}
