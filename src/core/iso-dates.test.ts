import { describe, expect, it } from 'vitest';
import { dayNumber, dayToIso, daysInMonth, isoWeekDays } from './iso-dates.ts';

const week = (value: string) => {
  const w = isoWeekDays(value);
  return w && [dayToIso(w.lo), dayToIso(w.hi)];
};

describe('iso-dates', () => {
  it('counts days from 1970-01-01 and writes them back', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayToIso(dayNumber(2024, 2, 29))).toBe('2024-02-29');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it.each([
    ['2022-W40', '2022-10-03', '2022-10-09'],
    ['2024-W01', '2024-01-01', '2024-01-07'],
    // Week 1 of 2021 starts in January; the days before belong to 2020-W53.
    ['2021-W01', '2021-01-04', '2021-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    // Week 1 of 2025 starts in the previous December.
    ['2025-W01', '2024-12-30', '2025-01-05'],
    // Before the epoch day numbers are negative.
    ['1969-W01', '1968-12-30', '1969-01-05'],
  ])('%s runs from %s to %s', (value, lo, hi) => {
    expect(week(value)).toEqual([lo, hi]);
  });

  it.each([null, '', '2024-W00', '2024-W54', '2024-W1', ' 2024-W01', '2024'])('%s is not an ISO week', (value) => {
    expect(isoWeekDays(value)).toBeNull();
  });
});
