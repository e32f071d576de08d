import { describe, expect, it } from 'vitest';
import { parseYmd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

function tags(text: string, dct: string | null): [string, string, string | null, string | undefined][] {
  return tagTimexes(text, parseYmd(dct)).map((t) => [text.slice(t.start, t.end), t.type, t.value, t.mod]);
}

describe('reporting periods and year ends', () => {
  it('reads "the latest period" and "the 1988 period" as the quarter reported on', () => {
    const t = tags('Net rose in the third quarter. Sales in the latest period were up; in the 1988 period they fell.', '1989-11-02');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the latest period', '1989-Q3'],
      ['the 1988 period', '1988-Q3'],
    ]);
    expect(tags('The trial period ended; a first period of calm followed.', '1989-11-02')).toEqual([]);
    const q = tags('Profit fell in the third quarter; the current quarter has begun well.', '1989-10-26');
    expect(q.map((x) => [x[0], x[2]])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the current quarter', '1989-Q4'],
    ]);
  });

  it('dates a year end by its direction, with mod END', () => {
    expect(tags('The deal should close by year-end.', '1989-11-02')).toEqual([['year-end', 'DATE', '1989', 'END']]);
    expect(tags('The index has risen 20% since year-end.', '1989-10-30')).toEqual([['year-end', 'DATE', '1988', 'END']]);
    expect(tags("Rules should be in place by year's end.", '1989-10-26')).toEqual([["year's end", 'DATE', '1989', 'END']]);
  });

  it('reads "the month" and "the year" as the publication one, or a span when they run to a date', () => {
    expect(tags('Troops will arrive by the end of the month.', '1990-08-13').map((x) => [x[0], x[2]])).toEqual([['the end of the month', '1990-08']]);
    expect(tags('Prices fell over the month.', '1990-08-13').map((x) => [x[0], x[1], x[2]])).toEqual([['the month', 'DURATION', 'P1M']]);
    expect(tags('Net for the year ended March 31 rose; sales for the full year fell.', '1989-10-31').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '1989-03-31'],
      ['the full year', 'DATE', '1989'],
    ]);
  });
});

describe('weeks named by a day, and fiscal years', () => {
  it('gives "the week of March 6" the ISO week of that day', () => {
    expect(tags('The case may be resolved in a hearing the week of March 6.', '2000-02-24').map((x) => [x[0], x[2]])).toEqual([['the week of March 6', '2000-W10']]);
    expect(tags('A hearing the week of March 6.', null).map((x) => x[2])).toEqual(['XXXX-WXX']);
  });

  it('reads "the current fiscal year" as the publication year', () => {
    expect(tags('It expects sales in the current fiscal year to rise.', '1989-11-02').map((x) => [x[0], x[2]])).toEqual([['the current fiscal year', '1989']]);
  });
});

describe('year-ago reporting periods', () => {
  it('reads the year-ago period phrases as the reported quarter a year earlier', () => {
    const t = tags("Net fell in the third quarter. For the quarter a year ago, it earned more; sales for last year's quarter and for the corresponding period last year were higher.", '1989-10-26');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the quarter a year ago', '1988-Q3'],
      ["last year's quarter", '1988-Q3'],
      ['the corresponding period last year', '1988-Q3'],
    ]);
  });

  it('keeps the ordinal in "the fourth quarter of last year"', () => {
    expect(tags('Profit rose in the fourth quarter of last year.', '1989-10-26').map((x) => [x[0], x[2]])).toEqual([['the fourth quarter of last year', '1988-Q4']]);
  });

  it('does not take a quarter not yet begun as the one reported on', () => {
    const t = tags('Weakness may last into the third quarter of 1990. In the year-ago period, it earned $101 million.', '1989-10-26');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['the third quarter of 1990', '1990-Q3'],
      ['the year-ago period', '1988'],
    ]);
  });
});
