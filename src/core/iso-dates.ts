/**
 * Pure calendar arithmetic on ISO 8601 dates, shared by the stages (fuse) and the store: days are
 * counted from 1970-01-01 (UTC), so an interval of days is a pair of integers.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date; months and days out of range roll over as in `Date.UTC`. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The `YYYY-MM-DD` of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The days of an ISO week (`2022-W40`: Monday 3 to Sunday 9 October 2022) as day numbers, or null
 * when the value is not exactly `YYYY-Www` with a week 01–53.
 */
export function isoWeekDays(value: string | null | undefined): { readonly lo: number; readonly hi: number } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(value ?? '');
  if (!m || +m[2] < 1 || +m[2] > 53) return null;
  const jan4 = dayNumber(+m[1], 1, 4);
  // Week 1 holds 4 January; weeks start on Monday (day 0 of the epoch, 1970-01-01, was a Thursday).
  const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7);
  const lo = monday + (+m[2] - 1) * 7;
  return { lo, hi: lo + 6 };
}
