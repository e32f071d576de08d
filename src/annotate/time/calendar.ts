/**
 * Proleptic Gregorian calendar arithmetic on plain (year, month, day) triples, in UTC, with no
 * reference to the machine clock.
 */
export interface Ymd {
  readonly y: number;
  /** 1..12 */
  readonly m: number;
  /** 1..31 */
  readonly d: number;
}

function toDate(x: Ymd): Date {
  const dt = new Date(Date.UTC(2000, x.m - 1, x.d));
  dt.setUTCFullYear(x.y);
  return dt;
}

function fromDate(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  const dt = toDate(x);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromDate(dt);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate() || 31;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(x: Ymd): number {
  const wd = toDate(x).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const diff = (toDate(thursday).getTime() - toDate(jan1).getTime()) / 86_400_000;
  return { year: thursday.y, week: Math.floor(diff / 7) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtMonth(x: { y: number; m: number }): string {
  return `${fmtYear(x.y)}-${pad(x.m)}`;
}

export function fmtDay(x: Ymd): string {
  return `${fmtMonth(x)}-${pad(x.d)}`;
}

/** Parses `YYYY-MM-DD` (or a longer ISO string) into a Ymd; null for anything less precise. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
