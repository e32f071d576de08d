import { describe, expect, it } from 'vitest';
import type { EventTime } from '../core/layers.ts';
import { mention, time } from '../fuse/test-mentions.ts';
import { occasionRecordDay } from './corpus-dates-during.ts';
import { record } from './corpus-dates.test-records.ts';

/** Invented: a queen's state visit to Southia, which one article dates only "last year". */
const rel = (value: string, relative: string): EventTime => ({ value, precision: 'day', basis: 'relative', timex: { start: 0, end: 3 }, relative });
const lastYear = mention({ article: 'art_a', published: '2032-02-01', time: { ...time('2031', 'relative'), relative: 'the year before publication' }, text: 'Last year, the queen made a state visit to Southia.' });
const onTuesday = mention({ article: 'art_b', published: '2031-05-14', time: rel('2031-05-13', 'the Tuesday on or before publication'), text: 'The queen landed in Southia on Tuesday.' });
const inferred = mention({ article: 'art_c', published: '2031', publishedInferred: true, time: rel('2031-05-20', 'the Tuesday on or before publication; publication date inferred (2031)'), text: 'The queen reached Southia on Tuesday.' });
const asOfPublication = mention({ article: 'art_d', published: '2031-05-15', time: time('2031-05-15', 'publication'), text: 'The queen is visiting Southia.' });

describe('the day other sources give an occasion', () => {
  it('is the day the fused record’s mentions state, inside the year the article gives', () => {
    expect(occasionRecordDay(lastYear, record('evt_visit', [lastYear, onTuesday, asOfPublication]), '2032-02-01')).toMatchObject({ value: '2031-05-13', articles: ['art_b'] });
  });

  it('is nothing when the day rests on an inferred publication date, or only on "as of publication"', () => {
    expect(occasionRecordDay(lastYear, record('evt_visit', [lastYear, inferred, asOfPublication]), '2032-02-01')).toBeNull();
  });

  it('is nothing outside what the article says, or after its publication, or when sources tie', () => {
    const twoYearsAgo = { ...lastYear, time: { ...lastYear.time, value: '2030' } };
    expect(occasionRecordDay(twoYearsAgo, record('evt_visit', [twoYearsAgo, onTuesday]), '2032-02-01')).toBeNull();
    const undated = { ...lastYear, time: time(null) };
    expect(occasionRecordDay(undated, record('evt_visit', [undated, onTuesday]), '2031-05-01')).toBeNull();
    expect(occasionRecordDay(undated, record('evt_visit', [undated, onTuesday]), '2031-05-20')?.value).toBe('2031-05-13');
    const other = mention({ article: 'art_e', published: '2031-05-16', time: rel('2031-05-14', 'the Wednesday on or before publication'), text: 'The queen toured Southia on Wednesday.' });
    expect(occasionRecordDay(undated, record('evt_visit', [undated, onTuesday, other]), null)).toBeNull();
  });
});
