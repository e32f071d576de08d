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

describe('"the past year" and its kin', () => {
  it('dates a single past or next unit, but keeps counted spans, weeks and centuries as durations', () => {
    expect(tags('Membership doubled in the past year.', '2003-06-02')).toEqual([['the past year', 'DATE', '2002']]);
    expect(tags('Wages lagged in the last decade.', '2003-06-02')).toEqual([['the last decade', 'DATE', '199']]);
    expect(tags('Two depots will shut over the next year.', '2003-06-02')).toEqual([['the next year', 'DATE', '2004']]);
    expect(tags('Membership doubled in the past two years.', '2003-06-02')).toEqual([['the past two years', 'DURATION', 'P2Y']]);
    expect(tags('She has been abroad for the last week.', '2003-06-02')).toEqual([['the last week', 'DURATION', 'P1W']]);
    expect(tags('Rents have risen over past decade.', '2003-06-02')).toEqual([['past decade', 'DURATION', 'P10Y']]);
  });
});

describe('titles and idioms', () => {
  it('does not tag time words capitalised inside a title or name', () => {
    expect(tags('The minister said on "Face the Nation This Week" that talks go on.', '2004-02-02')).toEqual([]);
    expect(tags('She told CBS\'s 60 Minutes she would stay.', '2004-02-02')).toEqual([]);
    expect(tags('You are listening to Harbour Today. Today the ferry runs late.', '2004-02-02')).toEqual([['Today', 'DATE', '2004-02-02']]);
    expect(tags('It was high noon for the council. The vote is at noon.', '2004-02-02')).toEqual([['noon', 'TIME', '2004-02-02T12:00']]);
    expect(tags('Crowds gathered on Election Day.', '2004-11-05')).toEqual([['Election Day', 'DATE', '2004-11-02']]);
  });
});

describe('days and months in lists and as modifiers', () => {
  it('gives the second day of "June 8 and 9" its month', () => {
    expect(tags('The fair opens on June 8 and 9 in the park.', '2005-03-01').map((x) => [x[0], x[2]])).toEqual([
      ['June 8', '2005-06-08'],
      ['9', '2005-06-09'],
    ]);
    expect(tags('Sales rose on June 8 and 9 percent in July.', '2005-03-01').map((x) => x[0])).toEqual(['June 8', 'July']);
  });

  it('reads "the May elections" as a month and puts a dated killing before publication', () => {
    expect(tags('Parties are preparing for the May elections.', '2005-03-01')).toEqual([['May', 'DATE', '2005-05']]);
    expect(tags('He sang in the May Day parade.', '2005-03-01')).toEqual([]);
    expect(tags('Police are searching for suspects in the Sept. 14 shooting outside a bar.', '2005-03-10')).toEqual([['Sept. 14', 'DATE', '2004-09-14']]);
  });

  it('reads "a decade ago" as the year ten years back', () => {
    expect(tags('A decade ago the valley had no road.', '2005-03-01')).toEqual([['A decade ago', 'DATE', '1995']]);
  });
});

describe('discourse "now", "one day" and a stale day', () => {
  it('skips a sentence-opening "Now," but keeps "now" elsewhere', () => {
    expect(tags('The mill closed. Now, the mayor says, the town must adapt.', '2006-07-03')).toEqual([]);
    expect(tags('The mill closed. Now the town must adapt.', '2006-07-03')).toEqual([['Now', 'DATE', 'PRESENT_REF']]);
  });

  it('reads "will one day" as the future and "for one day" as a span', () => {
    expect(tags('The bridge will one day link both banks.', '2006-07-03')).toEqual([['one day', 'DATE', 'FUTURE_REF']]);
    expect(tags('The bridge was shut for one day.', '2006-07-03')).toEqual([['one day', 'DURATION', 'P1D']]);
  });

  it('takes "that same day" after a month as a day of that month', () => {
    const t = tags('The vote was on Tuesday. The fire broke out last March; the roof fell that same day.', '2006-07-07');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['Tuesday', '2006-07-04'],
      ['last March', '2006-03'],
      ['that same day', '2006-03-XX'],
    ]);
  });
});

describe('months after "since"', () => {
  it('puts a month after "since" before publication even when it is only weeks ahead', () => {
    expect(tags('The ship, on patrol since October, is due to dock soon.', '2007-08-20')).toEqual([['October', 'DATE', '2006-10']]);
  });

  it('keeps "this year through May" in the publication year', () => {
    expect(tags('Orders rose this year through May.', '2007-08-20').map((x) => [x[0], x[2]])).toEqual([
      ['this year', '2007'],
      ['May', '2007-05'],
    ]);
  });
});

describe('"in the morning"', () => {
  it('puts the part of day on the day last mentioned in a past report, else on publication', () => {
    const t = tags('Hopes faded on Friday. Traders had bought heavily in the morning.', '2008-05-12');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['Friday', '2008-05-09'],
      ['the morning', '2008-05-09TMO'],
    ]);
    expect(tags('The ferry leaves in the evening.', '2008-05-12')).toEqual([['the evening', 'TIME', '2008-05-12TEV']]);
    expect(tags('She reads it in the morning paper.', '2008-05-12')).toEqual([]);
  });
});

describe('possessive months and halves written as quarters', () => {
  it('tags "November\'s figures" as the month', () => {
    expect(tags("Officials revised November's figures on Friday.", '2009-01-12').map((x) => [x[0], x[2]])).toEqual([
      ['November', '2008-11'],
      ['Friday', '2009-01-09'],
    ]);
  });

  it('reads "the first two quarters of 2010" as the first half', () => {
    expect(tags('Demand should hold through the first two quarters of 2010.', '2009-10-01')).toEqual([['the first two quarters of 2010', 'DATE', '2010-H1']]);
  });
});

describe('"a year earlier" after a period end', () => {
  it('dates it a year before the end day named in the same sentence, else by the quarter', () => {
    const t = tags('For the quarter ended June 30, the dairy earned $4 million, up from $3 million a year earlier. Sales a year ago were flat.', '2010-08-02');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['the quarter', '2010-Q2'],
      ['June 30', '2010-06-30'],
      ['a year earlier', '2009-06-30'],
      ['a year ago', '2009-Q2'],
    ]);
  });
});

describe('"the past" before a count', () => {
  it('does not read "the past" in "the past three winters" as the past as such', () => {
    expect(tags('Snow fell late in the past three winters.', '2011-01-05')).toEqual([]);
    expect(tags('Such storms were rare in the past.', '2011-01-05')).toEqual([['in the past', 'DATE', 'PAST_REF']]);
  });
});

describe('the quarter an earnings report is about', () => {
  it('keeps the quarter reported on against an earlier quarter named for comparison', () => {
    const t = tags('The brewer posted higher third-quarter profit. After a weak second quarter, margins improved. In the year-earlier period, it lost money.', '2012-10-24');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['third-quarter', '2012-Q3'],
      ['second quarter', '2012-Q2'],
      ['the year-earlier period', '2011-Q3'],
    ]);
  });

  it('does not take the quarter under way as reported on when the sentence looks ahead', () => {
    const t = tags('The brewer posted higher third-quarter profit. Analysts expect weakness to persist into the fourth quarter. In the year-ago period, it lost money.', '2012-10-24');
    expect(t.map((x) => [x[0], x[2]])).toEqual([
      ['third-quarter', '2012-Q3'],
      ['the fourth quarter', '2012-Q4'],
      ['the year-ago period', '2011-Q3'],
    ]);
  });

  it('does not tag "quarter" in "quarter-to-quarter"', () => {
    expect(tags('The quarter-to-quarter comparison was flattering.', '2012-10-24')).toEqual([]);
  });
});

describe('an ordinal day of an event under way', () => {
  it('dates "today is the fifth day of" and "it\'s the third day of" to publication, but not "his first day in office"', () => {
    expect(tags('In the capital, today is the fifth day of the dock strike.', '2013-03-08')).toEqual([
      ['today', 'DATE', '2013-03-08'],
      ['the fifth day', 'DATE', '2013-03-08'],
    ]);
    expect(tags("It's the third day of a siege by the rebels.", '2013-03-08')).toEqual([['the third day', 'DATE', '2013-03-08']]);
    expect(tags('She promised to act on her first day in office.', '2013-03-08')).toEqual([]);
  });
});

describe('a year inside a name', () => {
  it('does not tag the year of "a venture called Orion 2010", but does tag "called in 2010"', () => {
    expect(tags('She set up a venture called Orion 2010, making satellite parts.', '2012-05-04')).toEqual([]);
    expect(tags('The loan was called in 2010 by the bank.', '2012-05-04')).toEqual([['2010', 'DATE', '2010']]);
  });
});

describe('a fronted month takes the tense of the clause after its comma', () => {
  it('reads "In September, Kim visited …" back from a July publication, and "… will visit" forward', () => {
    expect(tags('In September, the minister visited the capital for talks.', '2024-07-15')).toEqual([['September', 'DATE', '2023-09']]);
    expect(tags('In September, the minister will visit the capital for talks.', '2024-07-15')).toEqual([['September', 'DATE', '2024-09']]);
    expect(tags('The minister visited the capital in September for talks.', '2024-07-15')).toEqual([['September', 'DATE', '2023-09']]);
  });
});
