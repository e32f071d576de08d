import { describe, expect, it } from 'vitest';
import type { EventQuantity } from '../core/corpus.ts';
import { buildRecord } from './record.ts';
import { interval, isoWeek } from './dates.ts';
import { fuseEvents } from './merge.ts';
import { amountsAgree, contradictionsOf, normaliseUnit } from './contradictions.ts';
import { mention, time } from './test-mentions.ts';

function qty(value: number, unit: string, approximate = false, high?: number): EventQuantity {
  return { article: 'x', start: 0, end: 1, value, unit, approximate, ...(high === undefined ? {} : { high }) };
}

describe('contradictions', () => {
  it('treats a refinement as agreement: 2024 then June 2024', () => {
    const e = buildRecord([
      mention({ article: 'a', time: time('2024') }),
      mention({ article: 'b', time: time('2024-06') }),
      mention({ article: 'c', time: time('2024-06-19') }),
    ]);
    expect(contradictionsOf(e)).toEqual([]);
    expect(e.date).toBe('2024-06-19');
    expect(e.dateBasis).toBe('merged');
  });

  it('reports two different years for one event, each side with its sources', () => {
    const e = buildRecord([
      mention({ article: 'a', time: time('2000'), text: 'Putin last visited Pyongyang in 2000.' }),
      mention({ article: 'b', time: time('2000'), text: 'first visit to Pyongyang since 2000' }),
      mention({ article: 'c', time: time('2002'), text: 'in 2002 on his last visit' }),
    ]);
    const [c] = contradictionsOf(e);
    expect(c.about).toBe('date');
    expect(c.claims.map((x) => [x.value, x.articles])).toEqual([
      ['2000', ['a', 'b']],
      ['2002', ['c']],
    ]);
    expect(c.claims[1].evidence[0].text).toBe('in 2002 on his last visit');
    expect(e.date).toBe('2000');
  });

  it('keeps a one-day difference within tolerance', () => {
    const e = buildRecord([mention({ article: 'a', time: time('2024-06-18') }), mention({ article: 'b', time: time('2024-06-19') })]);
    expect(contradictionsOf(e)).toEqual([]);
  });

  it('accepts "about 40" against 42 and rejects 40 against 60', () => {
    const ok = buildRecord([
      mention({ article: 'a', quantities: [qty(40, 'containers', true)] }),
      mention({ article: 'b', quantities: [qty(42, 'container')] }),
    ]);
    expect(contradictionsOf(ok)).toEqual([]);
    const bad = buildRecord([
      mention({ article: 'a', quantities: [qty(40, 'containers', true)] }),
      mention({ article: 'b', quantities: [qty(60, 'containers')] }),
    ]);
    const [c] = contradictionsOf(bad);
    expect(c.about).toBe('count:container');
    expect(c.claims.map((x) => x.value)).toEqual(['about 40', '60']);
  });

  it('does not call a growing running count on later days a conflict', () => {
    const e = buildRecord([
      mention({ article: 'a', published: '2010-01-13', quantities: [qty(100, 'deaths')] }),
      mention({ article: 'b', published: '2010-01-15', quantities: [qty(50000, 'deaths')] }),
    ]);
    expect(contradictionsOf(e)).toEqual([]);
  });

  it('takes a larger count over a period containing a shorter one for a total, not a rival figure', () => {
    const launch = (value: string, n: number, approximate = false) =>
      mention({ article: 'a', mode: 'launch-missile', time: { ...time(value, 'relative'), precision: value.length === 4 ? 'year' : 'day' }, quantities: [qty(n, 'missiles', approximate)] });
    // "two missiles this week" (an ISO week, read as its days here) within "about 40 missiles this year".
    expect(contradictionsOf(buildRecord([launch('2022-10-05', 2), launch('2022', 40, true)]))).toEqual([]);
    expect(contradictionsOf(buildRecord([{ ...launch('2022-W40', 2), time: { ...time('2022-W40', 'relative'), precision: 'range' } }, launch('2022', 40, true)]))).toEqual([]);
    expect(isoWeek('2022-W40')).toEqual({ lo: interval('2022-10-03')!.lo, hi: interval('2022-10-09')!.lo });
    // A year's total smaller than one day's count is a conflict; so are two figures for one day.
    expect(contradictionsOf(buildRecord([launch('2022-10-05', 50), launch('2022', 40, true)])).map((c) => c.about)).toEqual(['count:missile']);
    expect(contradictionsOf(buildRecord([launch('2022-10-05', 2), launch('2022-10-05', 40, true)])).map((c) => c.about)).toEqual(['count:missile']);
  });

  it('reports a denial against a report', () => {
    const e = buildRecord([mention({ article: 'a' }), mention({ article: 'b', modality: 'denied' })]);
    expect(contradictionsOf(e).map((c) => c.about)).toEqual(['occurrence']);
    expect(e.corroboration).toBe(1);
  });

  it('compares ranges and units sensibly', () => {
    const a = { lo: 20000, hi: 50000, approximate: false, mention: mention({ article: 'a' }), published: null };
    expect(amountsAgree(a, { ...a, lo: 30000, hi: 30000 })).toBe(true);
    expect(amountsAgree(a, { ...a, lo: 70000, hi: 70000 })).toBe(false);
    expect(normaliseUnit('Missiles')).toBe('missile');
  });
});

describe('dates read against an inferred publication date', () => {
  it('never make a contradiction on their own', () => {
    const explicit = mention({ article: 'a', occurrence: 'previous', time: time('2000'), text: 'his first visit since 2000' });
    const guessed = mention({ article: 'b', occurrence: 'previous', published: '2025', publishedInferred: true, time: time('2001', 'relative'), text: 'his first visit in 24 years' });
    const stated = mention({ article: 'c', occurrence: 'previous', published: '2024-06-19', time: time('2002', 'relative'), text: 'his last visit, 22 years ago' });
    const [guess] = fuseEvents([explicit, guessed], []).events;
    expect(contradictionsOf(guess)).toEqual([]);
    const [known] = fuseEvents([explicit, stated], []).events;
    expect(contradictionsOf(known).map((c) => c.claims.map((k) => k.value))).toEqual([['2000', '2002']]);
  });
});
