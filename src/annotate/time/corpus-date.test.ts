import { describe, expect, it } from 'vitest';
import { layer } from '../../core/doc.ts';
import { clueFromTimex, inferFromCorpus } from './corpus-date.ts';
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
