import { describe, expect, it } from 'vitest';
import { parseYmd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

function tags(text: string, dct: string | null): [string, string, string | null][] {
  return tagTimexes(text, parseYmd(dct)).map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}

describe('words kept as time expressions', () => {
  it('tags "now" before "that" and a weekday before an edition', () => {
    expect(tags('Prices can rise now that the harbour has reopened.', '2001-05-09')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(tags("The column ran in Tuesday's edition of the county paper.", '2001-05-10')).toEqual([['Tuesday', 'DATE', '2001-05-08']]);
  });

  it('counts trading and business days, and keeps a year-earlier span whole', () => {
    expect(tags('Shares slid for six trading days in a row.', '2001-05-09')).toEqual([['six trading days', 'DURATION', 'P6D']]);
    expect(tags('Refunds take ten business days.', '2001-05-09')).toEqual([['ten business days', 'DURATION', 'P10D']]);
    expect(tags('Costs for the year-earlier six months included a charge.', '2001-05-09')).toEqual([['the year-earlier six months', 'DURATION', 'P6M']]);
  });
});

describe('dates with a direction word', () => {
  it('reads "last Oct. 23" as the day, in the past, and "next March 4" ahead', () => {
    expect(tags('The mill burned last Oct. 23 after a storm.', '2002-04-19')).toEqual([['last Oct. 23', 'DATE', '2001-10-23']]);
    expect(tags('The ferry returns next March 4.', '2002-04-19')).toEqual([['next March 4', 'DATE', '2003-03-04']]);
  });
});
