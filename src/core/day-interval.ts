/**
 * The closed interval of days an ISO 8601 / TIMEX3 value covers (`YYYY-MM-DD` strings, which
 * compare correctly as text): what the store indexes for range filters, what fuse and the date
 * stages compare. Pure calendar arithmetic, used by stages and store alike.
 */
import { dayToIso, daysInMonth, isoWeekDays } from './iso-dates.ts';

export interface DayInterval {
  /** First day covered, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function months(year: number, first: number, last: number): DayInterval {
  return { start: `${pad(year, 4)}-${pad(first)}-01`, end: `${pad(year, 4)}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

/** Seasons and quarters as TIMEX3 writes them (`2024-SU`, `2024-Q2`, `2024-H1`), northern hemisphere. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 12],
};

/**
 * The days an ISO value covers: `2024` → 2024-01-01…2024-12-31, `2024-06` → the month,
 * `2024-06-18T10:00` → that day, `202X`/`202` → the decade, `20XX`/`20` → the century,
 * `2024-Q2`/`2024-SU`/`2024-W25` → that part of the year, `A/B` → from A's start to B's end.
 * Returns null for values with no calendar position (`PRESENT_REF`, `XXXX-09`, `P2Y`, garbage).
 */
export function dayInterval(value: string | null | undefined): DayInterval | null {
  if (!value) return null;
  const v = value.trim();
  const slash = v.indexOf('/');
  if (slash > 0) {
    const a = dayInterval(v.slice(0, slash));
    const b = dayInterval(v.slice(slash + 1));
    return a && b && a.start <= b.end ? { start: a.start, end: b.end } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? months(Number(m[1]), mo, mo) : null;
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return months(Number(m[1]), 1, 12);
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const [first, last] = PARTS[m[2]!]!;
    return months(Number(m[1]), first, last);
  }
  const week = isoWeekDays(v);
  if (week) return { start: dayToIso(week.lo), end: dayToIso(week.hi) };
  m = /^(\d{3})X?$/.exec(v);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  m = /^(\d{2})(?:XX)?$/.exec(v);
  if (m) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return null;
}
