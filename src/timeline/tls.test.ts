import { describe, expect, it } from 'vitest';
import { rankDates, summariseDates, type TlsSentence } from './tls.ts';
import { TLS_PARAMS } from './tls.data.ts';

const lead = (article: string, published: string, text: string, index = 0, dates: string[] = []): TlsSentence => ({
  text,
  article,
  published,
  index,
  dates,
});

describe('summariseDates', () => {
  const task = { l: 1, k: 1 };
  const nextDay = lead('a', '2020-01-02', 'Floodwater swept through the harbour district of the town, forcing hundreds from their homes.');
  const twoDaysLater = lead('b', '2020-01-03', 'Volunteers began clearing mud from streets in the harbour district after the water receded.');

  it("takes the next day's undated leads as candidates for a date (the day's news is in the next papers)", () => {
    expect(summariseDates([nextDay, twoDaysLater], ['2020-01-01'], task)).toEqual({ '2020-01-01': [nextDay.text] });
  });

  it('does not reach further than the report lag', () => {
    expect(summariseDates([twoDaysLater], ['2020-01-01'], task)).toEqual({});
    expect(summariseDates([nextDay], ['2020-01-01'], task, { ...TLS_PARAMS, reportLag: [0] })).toEqual({});
  });

  it('skips undated sentences beyond the lead', () => {
    const deep = lead('c', '2020-01-01', nextDay.text.replace('Floodwater', 'Seawater'), TLS_PARAMS.leadSentences);
    expect(summariseDates([deep], ['2020-01-01'], task)).toEqual({});
  });
});

describe('rankDates', () => {
  it('counts one vote per article however often it names a date', () => {
    const s = [
      ...Array.from({ length: 5 }, (_, i) => lead('a', '2020-01-09', `On Monday the council met again (${i}).`, i, ['2020-01-06'])),
      lead('b', '2020-01-09', 'The levee failed on January 2 after days of rain.', 0, ['2020-01-02']),
      lead('c', '2020-01-10', 'Since the levee failed on January 2, the town has flooded twice.', 0, ['2020-01-02']),
    ];
    expect(rankDates(s, { l: 2, k: 1 })[0]).toBe('2020-01-02');
  });
});
