import { describe, expect, it } from 'vitest';
import { dayInterval, rangeBounds } from './dates.ts';

describe('dayInterval', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-06-18', '2024-06-18', '2024-06-18'],
    ['2024-06-18T10:30:00Z', '2024-06-18', '2024-06-18'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-SU', '2024-06-01', '2024-08-31'],
    ['2024-W01', '2024-01-01', '2024-01-07'],
    ['202X', '2020-01-01', '2029-12-31'],
    ['199', '1990-01-01', '1999-12-31'],
    ['19XX', '1900-01-01', '1999-12-31'],
    ['2024-11-28/2024-12-03', '2024-11-28', '2024-12-03'],
    ['2023/2024-03', '2023-01-01', '2024-03-31'],
  ])('%s covers %s … %s', (value, start, end) => {
    expect(dayInterval(value)).toEqual({ start, end });
  });

  it.each([null, '', 'PRESENT_REF', 'XXXX-09', 'P2Y', '2024-13', '2024-02-30', '2024-12/2024-01', 'June 2024'])('%s has no interval', (value) => {
    expect(dayInterval(value)).toBeNull();
  });
});

describe('rangeBounds', () => {
  it('takes the first day of from and the last day of to', () => {
    expect(rangeBounds('2024-06', '2024-12')).toEqual({ start: '2024-06-01', end: '2024-12-31' });
    expect(rangeBounds(undefined, '2024')).toEqual({ start: null, end: '2024-12-31' });
    expect(rangeBounds('', undefined)).toEqual({ start: null, end: null });
  });

  it('refuses a bound that is not a date', () => {
    expect(() => rangeBounds('yesterday', undefined)).toThrow(expect.objectContaining({ code: 'E_DATE', subject: 'from' }));
  });
});
