import { describe, expect, it } from 'vitest';
import { parseYmd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

function values(text: string, dct: string | null): [string, string | null][] {
  return tagTimexes(text, parseYmd(dct)).map((t) => [text.slice(t.start, t.end), t.value]);
}

describe('expressions that refer back to an earlier date', () => {
  it('shifts the year, month or day last mentioned', () => {
    expect(values('On May 22, 1995, he was promoted, and the following year he moved to Washington.', '1998-04-18')).toEqual([
      ['May 22, 1995', '1995-05-22'],
      ['the following year', '1996'],
    ]);
    expect(values('He fled in June 1998 and returned later that year.', '2000-01-28')).toEqual([
      ['June 1998', '1998-06'],
      ['later that year', '1998'],
    ]);
    expect(values('The board met in January. The following month, the company put itself up for sale.', '1989-10-27')).toEqual([
      ['January', '1989-01'],
      ['The following month', '1989-02'],
    ]);
    expect(values('He was shot on Oct. 23, 1998. Earlier that day, the family had sent a fax; he was buried the next morning.', '1999-10-24')).toEqual([
      ['Oct. 23, 1998', '1998-10-23'],
      ['Earlier that day', '1998-10-23'],
      ['the next morning', '1998-10-24'],
    ]);
  });

  it('is left untagged when nothing was mentioned before, and ignores bare "that day"', () => {
    expect(values('Sales rose that year.', '1989-11-02')).toEqual([]);
    expect(values('It was announced on March 3, 1998. Nobody expected that day-care rule.', '1998-03-04').map((x) => x[0])).toEqual(['March 3, 1998']);
    expect(values('He left on March 3, 1998, and that day ended badly.', '1998-03-04').map((x) => x[0])).toEqual(['March 3, 1998']);
  });
});

describe('spelled-out decades and ordinal centuries', () => {
  it('gives TimeML decade and century values', () => {
    expect(values('Numbers kept dropping through the nineties.', '1998-03-03')).toEqual([['the nineties', '199']]);
    expect(values('the fabled 11th century temple', '1998-02-19')).toEqual([['11th century', '10']]);
    expect(values('the most important events of the twentieth century', '1989-11-01')).toEqual([['the twentieth century', '19']]);
    expect(values('a 40th century robot', '1989-11-01')).toEqual([]);
  });
});

describe('months without a year', () => {
  it('reads the next two months ahead as coming when the sentence has no tense cue', () => {
    expect(values('The commander of a mission in December.', '1989-10-26')).toEqual([['December', '1989-12']]);
    expect(values('An agreement to acquire the holding company in January.', '1989-11-02')).toEqual([['January', '1990-01']]);
    expect(values('The introduction of a new family of computers in April.', '1989-10-26')).toEqual([['April', '1989-04']]);
  });
});
