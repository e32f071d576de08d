import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoWeek, isoWeekday, parseYmd } from './calendar.ts';
import { monthDayRef, monthRef, unitRef, weekdayRef } from './resolve.ts';

describe('calendar', () => {
  it('counts ISO weeks and weekdays across year ends', () => {
    expect(isoWeekday({ y: 2024, m: 6, d: 20 })).toBe(4);
    expect(isoWeek({ y: 2024, m: 6, d: 20 })).toEqual({ year: 2024, week: 25 });
    expect(isoWeek({ y: 2021, m: 1, d: 1 })).toEqual({ year: 2020, week: 53 });
    expect(addDays({ y: 2024, m: 2, d: 28 }, 2)).toEqual({ y: 2024, m: 3, d: 1 });
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseYmd('2024-06')).toBeNull();
  });

  it('resolves relative meanings against the article date, or keeps placeholders', () => {
    const thu = { y: 2024, m: 6, d: 20 };
    expect(weekdayRef(thu, 2, 'past').value).toBe('2024-06-18');
    expect(weekdayRef(thu, 4, 'past').value).toBe('2024-06-20');
    expect(weekdayRef(thu, 1, 'future').value).toBe('2024-06-24');
    expect(weekdayRef(null, 1, 'future')).toMatchObject({ value: 'XXXX-XX-XX', relative: 'the Monday on or after publication' });
    expect(monthRef(thu, 9, 'past').value).toBe('2023-09');
    expect(monthRef(thu, 9, 'future').value).toBe('2024-09');
    expect(monthDayRef({ y: 1999, m: 5, d: 6 }, 10, 23, 'past').value).toBe('1998-10-23');
    expect(unitRef(thu, 'quarter', -1).value).toBe('2024-Q1');
    expect(unitRef(thu, 'decade', 0).value).toBe('202');
    expect(unitRef(null, 'year', -1)).toMatchObject({ value: 'XXXX', relative: 'the year before publication' });
  });
});
