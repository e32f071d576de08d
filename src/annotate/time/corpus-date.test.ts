import { describe, expect, it } from 'vitest';
import { layer } from '../../core/doc.ts';
import { allowedByExpression, clueFromTimex, inferFromCorpus, intersect, yearsSincePrevious } from './corpus-date.ts';
import { timeComponent } from './index.ts';
import { textDoc } from './test-doc.ts';

describe('inferFromCorpus', () => {
  const text = 'Putin arrived in Pyongyang on Wednesday for talks with Kim.';
  const doc = timeComponent.run(textDoc(text, null));
  const clue = clueFromTimex(text, layer(doc, 'timexes')[0], 'visit');

  it('reads a weekday clue from an undated article', () => {
    expect(clue).toMatchObject({ kind: 'weekday', weekday: 3, direction: 'past' });
  });

  it('bounds the publication to the week from another source’s date for the same event', () => {
    const d = inferFromCorpus([clue!], [{ event: 'visit', date: '2024-06-19', source: 'article A' }]);
    expect(d).toMatchObject({ date: null, basis: 'inferred', notBefore: '2024-06-19', notAfter: '2024-06-25' });
    expect(d.how).toMatch(/article A/);
  });

  it('pins the day when a second clue narrows it', () => {
    const d = inferFromCorpus(
      [clue!, { kind: 'day-offset', event: 'talks', days: -1, text: 'yesterday' }],
      [
        { event: 'visit', date: '2024-06-19', source: 'A' },
        { event: 'talks', date: '2024-06-19', source: 'B' },
      ],
    );
    expect(d).toMatchObject({ date: '2024-06-20', basis: 'inferred' });
  });

  it('stays unknown when the weekday does not fit the other date, or nothing matches', () => {
    expect(inferFromCorpus([clue!], [{ event: 'visit', date: '2024-06-20', source: 'A' }])).toEqual({ date: null, basis: 'unknown' });
    expect(inferFromCorpus([clue!], [{ event: 'other', date: '2024-06-19', source: 'A' }])).toEqual({ date: null, basis: 'unknown' });
  });
});

describe('allowedByExpression', () => {
  const text = 'Last year, Putin made a rare visit to Pyongyang. Kim met Shoigu on Wednesday.';
  const doc = timeComponent.run(textDoc(text, null));
  const timex = (w: string) => layer(doc, 'timexes').find((t) => text.slice(t.start, t.end) === w)!;

  it('inverts "last year" against a year another source gives', () => {
    expect(allowedByExpression(doc, timex('Last year'), { start: '2024-01-01', end: '2024-12-31' })).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('inverts a weekday against that day, and rejects another weekday', () => {
    expect(allowedByExpression(doc, timex('Wednesday'), { start: '2025-06-04', end: '2025-06-04' })).toEqual({ start: '2025-06-04', end: '2025-06-10' });
    expect(allowedByExpression(doc, timex('Wednesday'), { start: '2025-06-05', end: '2025-06-05' })).toBeNull();
  });

  it('reads "first … in N years" and intersects ranges', () => {
    expect(yearsSincePrevious('Putin’s first visit to North Korea in 24 years')).toEqual({ years: 24, phrase: 'first visit to North Korea in 24 years' });
    expect(yearsSincePrevious('for the first time in two years')?.years).toBe(2);
    expect(yearsSincePrevious('the first visit since 2000')).toBeNull();
    expect(intersect({ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-06-01', end: '2025-01-07' })).toEqual({ start: '2024-06-01', end: '2024-12-31' });
    expect(intersect({ start: '2024-01-01', end: '2024-01-31' }, { start: '2024-06-01', end: '2025-01-07' })).toBeNull();
  });
});
