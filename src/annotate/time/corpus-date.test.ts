import { describe, expect, it } from 'vitest';
import { layer } from '../../core/doc.ts';
import { allowedByCurrentNews, allowedByExpression, intersect, yearsSincePrevious } from './corpus-date.ts';
import { timeComponent } from './index.ts';
import { textDoc } from './test-doc.ts';

describe('allowedByExpression', () => {
  const text = 'Last year, Putin made a rare visit to Pyongyang. Kim met Shoigu on Wednesday. Yesterday the talks ended.';
  const doc = timeComponent.run(textDoc(text, null));
  const timex = (w: string) => layer(doc, 'timexes').find((t) => text.slice(t.start, t.end) === w)!;

  it('inverts "last year" against a year another source gives', () => {
    expect(allowedByExpression(doc, timex('Last year'), { start: '2024-01-01', end: '2024-12-31' })).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('inverts a weekday against that day, and rejects another weekday', () => {
    expect(allowedByExpression(doc, timex('Wednesday'), { start: '2025-06-04', end: '2025-06-04' })).toEqual({ start: '2025-06-04', end: '2025-06-10' });
    expect(allowedByExpression(doc, timex('Wednesday'), { start: '2025-06-05', end: '2025-06-05' })).toBeNull();
  });

  it('pins the day with "yesterday", and a week after an event told as current news', () => {
    expect(allowedByExpression(doc, timex('Yesterday'), { start: '2024-06-19', end: '2024-06-19' })).toEqual({ start: '2024-06-20', end: '2024-06-20' });
    expect(allowedByCurrentNews({ start: '2024-06-19', end: '2024-06-19' })).toEqual({ start: '2024-06-19', end: '2024-06-26' });
  });

  it('reads "first … in N years" and intersects ranges', () => {
    expect(yearsSincePrevious('Putin’s first visit to North Korea in 24 years')).toEqual({ years: 24, phrase: 'first visit to North Korea in 24 years' });
    expect(yearsSincePrevious('for the first time in two years')?.years).toBe(2);
    expect(yearsSincePrevious('the first visit since 2000')).toBeNull();
    expect(intersect({ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-06-01', end: '2025-01-07' })).toEqual({ start: '2024-06-01', end: '2024-12-31' });
    expect(intersect({ start: '2024-01-01', end: '2024-01-31' }, { start: '2024-06-01', end: '2025-01-07' })).toBeNull();
  });
});
