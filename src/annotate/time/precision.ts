import type { DatePrecision } from '../../core/ontology.ts';

/**
 * The calendar precision of a TIMEX3 value: `2024` year, `2024-06` month, `2024-06-18` day,
 * `2024-06-18T03:00` time, `194` decade, `1998-Q3` / `1998-W11` / `1998-SU` range. Null for
 * durations, sets' frequencies and the `*_REF` tokens.
 */
export function precisionOf(value: string | null): DatePrecision | null {
  if (!value) return null;
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}T/.test(value)) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value)) return 'day';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/^[\dX]{4}-(?:Q\d|H\d|W\d\d|SP|SU|FA|WI)$/.test(value)) return 'range';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^[\dX]{3}$/.test(value)) return 'decade';
  if (/^[\dX]{2}$/.test(value)) return 'range'; // a century
  return null;
}

/** True when the value is fully specified (no `X` placeholder left). */
export function isResolved(value: string | null): value is string {
  return value !== null && !value.includes('X') && precisionOf(value) !== null;
}
