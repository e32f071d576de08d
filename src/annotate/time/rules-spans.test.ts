import { describe, expect, it } from 'vitest';
import { parseYmd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

function tags(text: string, dct: string | null): [string, string, string | null][] {
  return tagTimexes(text, parseYmd(dct)).map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}

describe('fuzzy spans and fractions', () => {
  it('reads quarters ahead as the future and "the weeks ahead" as a vague span', () => {
    expect(tags('Loss carry-forwards will cut tax payments in future quarters.', '1989-10-30')).toEqual([['future quarters', 'DATE', 'FUTURE_REF']]);
    expect(tags('Funds may sell junk bonds in the weeks ahead.', '1989-10-27')).toEqual([['the weeks ahead', 'DURATION', 'PXW']]);
    expect(tags('Over the next couple of years sales may double.', '1989-10-26')).toEqual([['the next couple of years', 'DURATION', 'P2Y']]);
  });

  it('does not take a fraction for a count of quarters', () => {
    expect(tags('Iraq imports about three-quarters of its food.', '1990-08-15')).toEqual([]);
    expect(tags('Funds account for more than a quarter of the market.', '1989-10-27')).toEqual([]);
    expect(tags('It posted losses for several quarters of the year.', '1989-10-30').map((x) => x[2])).toContain('PXQ');
  });
});

describe('parts of days, seasons and weekdays with qualifiers', () => {
  it('dates "mid-afternoon yesterday" and "by mid afternoon"', () => {
    expect(tags('In London at mid-afternoon yesterday, shares were up.', '1989-11-02')).toEqual([['mid-afternoon yesterday', 'TIME', '1989-11-01TAF']]);
    expect(tags('By mid afternoon, sources were saying otherwise.', '1998-03-06')).toEqual([['mid afternoon', 'TIME', '1998-03-06TAF']]);
  });

  it('reads "this past spring" as the last spring and "the previous Friday" as a week before the last', () => {
    expect(tags('The unit was scrapped this past spring.', '1989-10-30')).toEqual([['this past spring', 'DATE', '1989-SP']]);
    expect(tags('The index closed down 4.5% from the previous Friday.', '1989-10-30')).toEqual([['the previous Friday', 'DATE', '1989-10-20']]);
  });

  it('does not read a first name as a month abbreviation', () => {
    expect(tags('Bronislaw Geremek of Poland and Jan Kavan of the Czech Republic signed.', '1999-03-13')).toEqual([]);
    expect(tags('The treaty was signed in Jan. and ratified in May.', '1999-06-13').map((x) => x[0])).toEqual(['Jan.', 'May']);
  });
});

describe('spelled years, halves, recurring months and clock times', () => {
  it('joins a month or season with a year in words', () => {
    expect(tags('One person is killed. January nineteen ninety-seven. Atlanta again.', '1998-02-27')).toEqual([['January nineteen ninety-seven', 'DATE', '1997-01']]);
    expect(tags('the level we saw in the winter of nineteen ninety-four', '1998-02-23')).toEqual([['the winter of nineteen ninety-four', 'DATE', '1994-WI']]);
  });

  it('reads "the last half of 1989" as its second half', () => {
    expect(tags('Earnings will be lower for the last half of 1989.', '1989-10-26')).toEqual([['the last half of 1989', 'DATE', '1989-H2']]);
  });

  it('makes "each July" a yearly set', () => {
    expect(tags('Orangemen march each July from their church.', '1998-03-22')).toEqual([['each July', 'SET', 'XXXX-07']]);
  });

  it('puts a past-tense clock time without a day on the day last mentioned', () => {
    const t = tags('Slepian was killed on Oct. 23, 1998. He was shot at 10 p.m. in his kitchen.', '1999-04-19');
    expect(t[1]).toEqual(['10 p.m.', 'TIME', '1998-10-23T22:00']);
    expect(tags('The meeting will start at 10 p.m.', '1999-04-19')).toEqual([['10 p.m.', 'TIME', '1999-04-19T22:00']]);
  });
});

describe('recurring weekdays', () => {
  it('makes plural parts of day and plural weekdays sets', () => {
    expect(tags('Two flights will leave Bombay on Monday and Tuesday nights, on Wednesdays and every Friday morning.', '1998-02-13')).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
      ['Wednesdays', 'SET', 'XXXX-WXX-3'],
      ['every Friday morning', 'SET', 'XXXX-WXX-5TMO'],
    ]);
  });
});
