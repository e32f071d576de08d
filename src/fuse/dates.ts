import { dayNumber, daysInMonth, isoWeekDays } from '../core/iso-dates.ts';
import type { DatePrecision } from '../core/ontology.ts';
import { DAY_TOLERANCE, PUBLICATION_WINDOW_DAYS_AFTER, PUBLICATION_WINDOW_DAYS_BEFORE } from './fuse.data.ts';

/**
 * Calendar values as day intervals, and the relations fusion needs between two dated statements:
 * the same date, one refining the other ("2024" → "June 2024"), within tolerance, or in conflict.
 */

/** A closed interval of days since 1970-01-01 (UTC). */
export interface DayInterval {
  readonly lo: number;
  readonly hi: number;
}

export { dayNumber, dayToIso } from '../core/iso-dates.ts';

/**
 * The interval a TIMEX3-like value covers: `2024` (the year), `2024-06`, `2024-06-18`,
 * `2024-06-18T10:00`, decades `199X`/`199`, quarters `2024-Q2`, ISO weeks are read as their year,
 * intervals `A/B` as from A to B.
 * Values with unresolved placeholders (`XXXX-06`) or that are not dates give null.
 */
export function interval(value: string | null | undefined): DayInterval | null {
  if (!value) return null;
  // A TIMEX3 interval `A/B` ("since last year": 2023/2024-06-19): from A's first day to B's last.
  const slash = value.indexOf('/');
  if (slash > 0) {
    const [a, b] = [interval(value.slice(0, slash)), interval(value.slice(slash + 1))];
    return a && b && a.lo <= b.hi ? { lo: a.lo, hi: b.hi } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = dayNumber(+m[1], +m[2], +m[3]);
    return { lo: d, hi: d };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { lo: dayNumber(+m[1], +m[2], 1), hi: dayNumber(+m[1], +m[2], daysInMonth(+m[1], +m[2])) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = +m[2];
    return { lo: dayNumber(+m[1], q * 3 - 2, 1), hi: dayNumber(+m[1], q * 3, daysInMonth(+m[1], q * 3)) };
  }
  m = /^(\d{4})(?:$|-W\d|-[A-Z]{2}$|-H[12]$)/.exec(value);
  if (m) return { lo: dayNumber(+m[1], 1, 1), hi: dayNumber(+m[1], 12, 31) };
  m = /^(\d{3})X?$/.exec(value);
  if (m) return { lo: dayNumber(+m[1] * 10, 1, 1), hi: dayNumber(+m[1] * 10 + 9, 12, 31) };
  return null;
}

/**
 * The days of an ISO week (`2022-W40`: Monday 3 to Sunday 9 October 2022), or null. `interval`
 * reads a week as its year, leniently, for merging; a count's period needs the week itself.
 */
export function isoWeek(value: string | null | undefined): DayInterval | null {
  return isoWeekDays(value);
}

/** Precision implied by the shape of a value, used when the source gives none. */
export function precisionOf(value: string): DatePrecision | null {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}X?$/.test(value)) return 'decade';
  if (/^\d{4}-/.test(value)) return 'range';
  return null;
}

/** The window in which an event reported as current news on `published` happened. */
export function publicationWindow(published: string): DayInterval | null {
  const p = interval(published);
  if (!p) return null;
  if (p.lo !== p.hi) return p;
  return { lo: p.lo - PUBLICATION_WINDOW_DAYS_BEFORE, hi: p.hi + PUBLICATION_WINDOW_DAYS_AFTER };
}

export type DateRelation = 'same' | 'refines' | 'near' | 'conflict';

/**
 * How two stated dates relate. `refines`: one interval contains the other ("2024" and "June 2024").
 * `near`: day-precise values within `DAY_TOLERANCE` days. Anything else is a conflict.
 */
export function relate(a: DayInterval, b: DayInterval): DateRelation {
  if (a.lo === b.lo && a.hi === b.hi) return 'same';
  if ((a.lo <= b.lo && b.hi <= a.hi) || (b.lo <= a.lo && a.hi <= b.hi)) return 'refines';
  const gap = Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi);
  if (a.lo === a.hi && b.lo === b.hi && gap <= DAY_TOLERANCE) return 'near';
  return 'conflict';
}

/** True when the intervals share at least one day (or are within the day tolerance). */
export function overlapsWithin(a: DayInterval, b: DayInterval, tolerance = 0): boolean {
  return a.lo <= b.hi + tolerance && b.lo <= a.hi + tolerance;
}

export function intersect(a: DayInterval, b: DayInterval): DayInterval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

export function width(a: DayInterval): number {
  return a.hi - a.lo;
}

/** The year of a value or publication date, when it has one. */
export function yearOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? +m[1] : null;
}
