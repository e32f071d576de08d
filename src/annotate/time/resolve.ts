import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, isoWeek, isoWeekday, pad, quarterOf, type Ymd } from './calendar.ts';

/**
 * Turning relative meanings into TIMEX3 values against the article date (DCT). With no DCT, values
 * keep `X` placeholders and the relation is kept in words; nothing is ever taken from the clock.
 */
export type Direction = 'past' | 'future' | 'present';

export interface Resolved {
  readonly value: string;
  readonly anchor: 'absolute' | 'publication' | 'context' | 'unanchored';
  readonly relative?: string;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(m: number): string {
  return MONTH_NAMES[m];
}

function pub(value: string, relative: string): Resolved {
  return { value, anchor: 'publication', relative };
}

/** `yesterday` (n = −1), `today` (0), `tomorrow` (1), `three days ago` (−3). */
export function dayOffset(dct: Ymd | null, n: number): Resolved {
  const words = n === 0 ? 'the publication day' : n === -1 ? 'the day before publication' : n === 1 ? 'the day after publication' : n < 0 ? `${-n} days before publication` : `${n} days after publication`;
  return pub(dct ? fmtDay(addDays(dct, n)) : 'XXXX-XX-XX', words);
}

/** A weekday in the direction of the tense: "on Tuesday" in a past-tense sentence is the last Tuesday. */
export function weekdayRef(dct: Ymd | null, wd: number, dir: Direction, shift = 0): Resolved {
  const name = WEEKDAY_NAMES[wd];
  const future = dir === 'future';
  const words = shift < 0 ? `${name} of the week before publication` : shift > 0 ? `${name} of the week after publication` : future ? `the ${name} on or after publication` : `the ${name} on or before publication`;
  if (!dct) return pub('XXXX-XX-XX', words);
  const today = isoWeekday(dct);
  let delta: number;
  if (shift !== 0) delta = wd - today + 7 * shift;
  else if (future) delta = (wd - today + 7) % 7;
  else delta = -((today - wd + 7) % 7);
  return pub(fmtDay(addDays(dct, delta)), words);
}

/** A month without a year: the latest one before (past) or the next one after (future) the DCT. */
export function monthRef(dct: Ymd | null, m: number, dir: Direction, yearShift?: number): Resolved {
  const name = MONTH_NAMES[m];
  if (yearShift !== undefined) {
    const words = yearShift === 0 ? `${name} of the publication year` : yearShift < 0 ? `${name} of the year before publication` : `${name} of the year after publication`;
    return pub(dct ? fmtMonth({ y: dct.y + yearShift, m }) : `XXXX-${pad(m)}`, words);
  }
  const words = dir === 'future' ? `the ${name} on or after publication` : dir === 'past' ? `the ${name} on or before publication` : `${name} of the publication year`;
  if (!dct) return pub(`XXXX-${pad(m)}`, words);
  let y = dct.y;
  if (dir === 'past' && m > dct.m) y--;
  if (dir === 'future' && m < dct.m) y++;
  return pub(fmtMonth({ y, m }), words);
}

/** A month and day without a year: the nearest such date in the tense's direction (within a half year). */
export function monthDayRef(dct: Ymd | null, m: number, d: number, dir: Direction): Resolved {
  const words = `${MONTH_NAMES[m]} ${d} of the publication year`;
  if (!dct) return pub(`XXXX-${pad(m)}-${pad(d)}`, words);
  let y = dct.y;
  const diff = (m - dct.m) * 31 + (d - dct.d);
  // A past-tense report rarely speaks of a date more than two months (62 days) after publication,
  // nor a future one of a date three months (93 days) before it; with no tense cue the nearest
  // such date (within half a year, 186 days) is meant. Margins tuned on TimeBank/AQUAINT train.
  if (diff > (dir === 'past' ? 62 : dir === 'present' ? 186 : Infinity)) y--;
  if (diff < (dir === 'future' ? -93 : dir === 'present' ? -186 : -Infinity)) y++;
  return pub(fmtDay({ y, m, d }), words);
}

export type CalendarUnit = 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'half' | 'decade' | 'century' | 'day';

const UNIT_WORD: Readonly<Record<CalendarUnit, string>> = {
  year: 'year', month: 'month', week: 'week', weekend: 'weekend', quarter: 'quarter', half: 'half-year', decade: 'decade', century: 'century', day: 'day',
};

/** "last year" (−1), "this month" (0), "next week" (+1): the calendar unit containing DCT, shifted. */
export function unitRef(dct: Ymd | null, unit: CalendarUnit, n: number): Resolved {
  const w = UNIT_WORD[unit];
  const words = n === 0 ? `the ${w} of publication` : n === -1 ? `the ${w} before publication` : n === 1 ? `the ${w} after publication` : `${Math.abs(n)} ${w}s ${n < 0 ? 'before' : 'after'} publication`;
  return pub(unitValue(dct, unit, n), words);
}

function unitValue(dct: Ymd | null, unit: CalendarUnit, n: number): string {
  switch (unit) {
    case 'day':
      return dct ? fmtDay(addDays(dct, n)) : 'XXXX-XX-XX';
    case 'year':
      return dct ? fmtYear(dct.y + n) : 'XXXX';
    case 'month':
      return dct ? fmtMonth(addMonths({ ...dct, d: 1 }, n)) : 'XXXX-XX';
    case 'week':
    case 'weekend': {
      if (!dct) return unit === 'week' ? 'XXXX-WXX' : 'XXXX-WXX-WE';
      const w = isoWeek(addDays(dct, 7 * n));
      return `${fmtYear(w.year)}-W${pad(w.week)}${unit === 'weekend' ? '-WE' : ''}`;
    }
    case 'quarter': {
      if (!dct) return 'XXXX-QX';
      const q = dct.y * 4 + quarterOf(dct.m) - 1 + n;
      return `${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`;
    }
    case 'half': {
      if (!dct) return 'XXXX-HX';
      const h = dct.y * 2 + (dct.m > 6 ? 1 : 0) + n;
      return `${fmtYear(Math.floor(h / 2))}-H${(h % 2) + 1}`;
    }
    case 'decade':
      return dct ? String(Math.floor(dct.y / 10) + n).padStart(3, '0') : 'XXX';
    case 'century':
      return dct ? String(Math.floor(dct.y / 100) + n).padStart(2, '0') : 'XX';
  }
}

/** A season: `1998-SU`; without a year, the one in the tense's direction. */
export function seasonRef(dct: Ymd | null, code: string, n: number | null): Resolved {
  if (!dct) return pub(`XXXX-${code}`, n === null ? `the ${code} season nearest publication` : `the season ${n < 0 ? 'before' : n > 0 ? 'after' : 'of'} publication`);
  return pub(`${fmtYear(dct.y + (n ?? 0))}-${code}`, 'the season of the publication year');
}
