import { describe, expect, it } from 'vitest';
import { rangeBounds } from './dates.ts';

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
