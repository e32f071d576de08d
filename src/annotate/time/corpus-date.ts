import type { PublishedDate } from '../../core/article.ts';
import type { Doc } from '../../core/doc.ts';
import type { TimeExpression } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { dayInterval } from '../../store/dates.ts';
import { addDays, fmtDay, isoWeekday, parseYmd, type Ymd } from './calendar.ts';
import { CONFIDENCE_CORPUS_WEEKDAY, CURRENT_NEWS_LAG_DAYS, FIRST_IN_YEARS, NUMBER_WORDS, SEARCH_YEARS } from './article-date.data.ts';
import { valueAt } from './event-time-range.ts';
import { WEEKDAYS } from './lexicon.data.ts';

/**
 * Corpus-level publication-date inference from plain data (no storage access): another source's
 * fixed date for the same event, set against this article's relative phrase for it. Article A says
 * the visit was on 2024-06-19; article B says "on Wednesday" for the same visit, so B was published
 * on one of the seven days from that Wednesday on. Several clues narrow the range.
 */
export type RelativeClue =
  /** "on Wednesday": the event fell on that weekday, the latest one on or before publication (past) or the first on or after it (future). */
  | { readonly kind: 'weekday'; readonly event: string; readonly weekday: number; readonly direction: 'past' | 'future'; readonly text: string }
  /** "yesterday" (−1), "today" (0), "tomorrow" (+1): the event was that many days from publication. */
  | { readonly kind: 'day-offset'; readonly event: string; readonly days: number; readonly text: string };

/** Another article's absolute day for the same event (e.g. from a fused event record). */
export interface FixedEventDate {
  readonly event: string;
  readonly date: string;
  /** Where it came from, for the explanation (an article id or outlet). */
  readonly source: string;
}

/** The clue a relative time expression gives, given the event it dates; null when it gives none. */
export function clueFromTimex(text: string, t: TimeExpression, event: string): RelativeClue | null {
  const words = text.slice(t.start, t.end).toLowerCase();
  const offset = /\byesterday\b/.test(words) ? -1 : /\btoday\b|\btonight\b/.test(words) ? 0 : /\btomorrow\b/.test(words) ? 1 : null;
  if (offset !== null) return { kind: 'day-offset', event, days: offset, text: words };
  const name = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(words)?.[1];
  if (!name || t.type === 'SET') return null;
  const direction = /after publication/.test(t.relative ?? '') ? 'future' : 'past';
  return { kind: 'weekday', event, weekday: WEEKDAYS[name], direction, text: words };
}

/** The publication dates a clue allows, given the event's fixed date: [from, to] inclusive; null if inconsistent. */
function allowed(clue: RelativeClue, day: Ymd): [Ymd, Ymd] | null {
  switch (clue.kind) {
    case 'day-offset': {
      const p = addDays(day, -clue.days);
      return [p, p];
    }
    case 'weekday': {
      if (isoWeekday(day) !== clue.weekday) return null;
      return clue.direction === 'past' ? [day, addDays(day, 6)] : [addDays(day, -6), day];
    }
  }
}

/**
 * Narrows this article's publication date from its relative clues and other sources' fixed dates
 * for the same events. Returns `{date: null, basis: 'unknown'}` when no clue matches a fixed date
 * or the clues contradict each other; a single day when they pin it; otherwise bounds.
 */
export function inferFromCorpus(clues: readonly RelativeClue[], fixed: readonly FixedEventDate[]): PublishedDate {
  let from = null as string | null;
  let to = null as string | null;
  const used: string[] = [];
  for (const clue of clues) {
    for (const f of fixed) {
      const day = f.event === clue.event ? parseYmd(f.date) : null;
      const range = day && /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? allowed(clue, day) : null;
      if (!range) continue;
      const [a, b] = [fmtDay(range[0]), fmtDay(range[1])];
      from = from === null || a > from ? a : from;
      to = to === null || b < to ? b : to;
      used.push(`"${clue.text}" for the event ${f.source} dates ${f.date}`);
    }
  }
  if (from === null || to === null || from > to) return { date: null, basis: 'unknown' };
  const how = used.join('; ');
  return from === to
    ? { date: from, basis: 'inferred', how, confidence: CONFIDENCE_CORPUS_WEEKDAY, notBefore: from, notAfter: to }
    : { date: null, basis: 'inferred', how, confidence: CONFIDENCE_CORPUS_WEEKDAY, notBefore: from, notAfter: to };
}

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
