import type { ResolvedEventMention } from '../../core/corpus.ts';
import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/span.ts';
import { dayInterval } from '../../core/day-interval.ts';
import { parseYmd, type Ymd } from './calendar.ts';
import { CURRENT_NEWS_LAG_DAYS, FIRST_IN_YEARS, NUMBER_WORDS, SEARCH_YEARS } from './article-date.data.ts';
import { valueAt } from './event-time-range.ts';

/**
 * Corpus-level publication-date inference from plain data (no storage access; the runner is
 * src/pipeline/corpus-dates.ts): another source's date for the same event, set against this
 * article's relative phrase for it. Article A dates the visit 2024-06-19; article B says "on
 * Wednesday" for the same visit, so B was published on one of the seven days from that Wednesday
 * on; "yesterday" pins the day; "last year" against a visit in 2024 puts B in 2025.
 */

/** A closed interval of days, `YYYY-MM-DD` strings. */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;
const toNum = (s: string): number => Date.parse(`${s}T00:00:00Z`) / DAY_MS;
const toDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const toYmd = (n: number): Ymd => parseYmd(toDay(n))!;

/**
 * The publication days on which a relative expression (`t`, in `doc`) would point into `fixed`,
 * the interval another source gives for the same event. Its value moves forward with the
 * publication day, so the allowed days form one interval, found by bisection over
 * [fixed − SEARCH_YEARS, fixed + SEARCH_YEARS]. Null when no day fits (the weekday is not the
 * fixed day's, say) or the expression does not depend on the publication date.
 */
export function allowedByExpression(doc: Doc, t: Span, fixed: DayRange): DayRange | null {
  const interval = (n: number) => dayInterval(valueAt(doc, t, toYmd(n)));
  const [a, b] = [toNum(fixed.start), toNum(fixed.end)];
  const span = Math.round(SEARCH_YEARS * 365.25);
  // Least day whose value ends on or after the fixed start; greatest whose value starts on or before its end.
  let lo = a - span;
  let hi = b + span;
  const probe = interval(lo);
  const probeHi = interval(hi);
  if (!probe || !probeHi || probe.end >= fixed.start || probeHi.start <= fixed.end) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const v = interval(mid);
    if (!v) return null;
    if (v.end >= fixed.start) hi = mid;
    else lo = mid;
  }
  const first = hi;
  lo = a - span;
  hi = b + span;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const v = interval(mid);
    if (!v) return null;
    if (v.start <= fixed.end) lo = mid;
    else hi = mid;
  }
  const last = lo;
  return first <= last ? { start: toDay(first), end: toDay(last) } : null;
}

/** Current news ("has started his journey", "is heading"): published on the event's day or within CURRENT_NEWS_LAG_DAYS after. */
export function allowedByCurrentNews(fixed: DayRange): DayRange {
  return { start: fixed.start, end: toDay(toNum(fixed.end) + CURRENT_NEWS_LAG_DAYS) };
}

/** The overlap of two day ranges, or null. */
export function intersect(a: DayRange, b: DayRange): DayRange | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}

/**
 * "the first visit … in 24 years": the number of years since the previous occurrence, or null.
 * Used with another mention's explicit year of that previous occurrence ("last trip … in 2000").
 */
export function yearsSincePrevious(sentence: string): { readonly years: number; readonly phrase: string } | null {
  const m = FIRST_IN_YEARS.exec(sentence);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (NUMBER_WORDS[m[1].toLowerCase()] ?? null);
  return n !== null && n > 0 && n < 200 ? { years: n, phrase: m[0].replace(/\s+/g, ' ') } : null;
}

/** "his last visit", "the previous summit": the mention is of an earlier occurrence. */
export const LAST_OCCURRENCE = /\b(?:last|previous)\s+(?:\w+\s+){0,2}(?:visit|trip|meeting|summit|talks|test|launch|election)s?\b/i;

/** "the first visit … since 2000": the current occurrence, whose explicit year is the previous one's. */
export const FIRST_SINCE = /\bfirst\b[^.;]{0,60}\bsince\b/i;

/** A mention that gives the previous occurrence's date (either form above). */
export const PREVIOUS_OCCURRENCE = new RegExp(`${LAST_OCCURRENCE.source}|${FIRST_SINCE.source}`, 'i');

/**
 * A mention of an earlier occurrence ("his last visit", "first visit since 2000"): fusion may group
 * it with the current one, but its date is not the current occurrence's.
 */
export function isPrevious(m: ResolvedEventMention): boolean {
  const text = m.evidence.text ?? '';
  return m.occurrence === 'previous' || LAST_OCCURRENCE.test(text) || (FIRST_SINCE.test(text) && m.time.basis === 'explicit');
}

/** The value given by the most articles, with those articles; a tie decides nothing. */
export function majority(votes: readonly (readonly [string | null, string])[]): { value: string; articles: readonly string[] } | null {
  const by = new Map<string, Set<string>>();
  for (const [value, article] of votes) if (value) by.set(value, (by.get(value) ?? new Set()).add(article));
  const ranked = [...by].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  if (!ranked.length || (ranked.length > 1 && ranked[1][1].size === ranked[0][1].size)) return null;
  return { value: ranked[0][0], articles: [...ranked[0][1]].sort() };
}
