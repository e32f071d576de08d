/**
 * Date intervals for range filtering. Every stored date is an ISO 8601 value at some precision;
 * the store indexes it as the closed interval of days it covers (`dayInterval`,
 * src/core/day-interval.ts), and an event is in a range when the two intervals overlap.
 */
import { dayInterval, type DayInterval } from '../core/day-interval.ts';
import { DossierError } from '../core/errors.ts';

/**
 * The day bounds of a `[from, to]` filter: `from` starts at the first day of its interval and `to`
 * ends at the last day of its interval. A bound that is not a date throws, so a typo never
 * silently widens a query.
 */
export function rangeBounds(from: string | undefined, to: string | undefined): { start: string | null; end: string | null } {
  const bound = (v: string | undefined, name: string): DayInterval | null => {
    if (v === undefined || v === '') return null;
    const interval = dayInterval(v);
    if (!interval) {
      throw new DossierError('E_DATE', `${name}=${v} is not an ISO date prefix`, {
        subject: name,
        fix: 'Give the bound as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06.',
      });
    }
    return interval;
  };
  return { start: bound(from, 'from')?.start ?? null, end: bound(to, 'to')?.end ?? null };
}
