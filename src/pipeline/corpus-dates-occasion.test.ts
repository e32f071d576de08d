import { describe, expect, it } from 'vitest';
import type { ResolvedEventMention } from '../core/corpus.ts';
import { timeOfDayOpen } from '../annotate/time/event-time-of-day.ts';
import { mention, time } from '../fuse/test-mentions.ts';
import { occasionDay } from './corpus-dates-occasion.ts';
import { record } from './corpus-dates.test-records.ts';

/** Invented: a minister's state visit to Lisbon, reported by three outlets. */
const MINISTER = 'ent_minister';
const LISBON = 'ent_lisbon';
const SQUARE = 'ent_square';

const noonText = 'The minister arrived around noon for a ceremony in the square.';
const noon = mention({
  article: 'art_c',
  text: noonText,
  actors: [MINISTER],
  targets: [SQUARE],
  time: timeOfDayOpen(noonText, { start: noonText.indexOf('noon'), end: noonText.indexOf('noon') + 4 }),
});
const ownVisit = mention({ article: 'art_c', text: 'It was the minister’s first visit to Lisbon in ten years.', actors: [MINISTER], targets: [LISBON], time: time(null) });
const onWednesday = mention({ article: 'art_a', text: 'On Wednesday the minister visited Lisbon.', actors: [MINISTER], targets: [LISBON], time: time('2031-03-12', 'relative') });
const asOfPublication = mention({ article: 'art_b', text: 'The minister is visiting Lisbon.', actors: [MINISTER], targets: [LISBON], time: time('2031-03-11', 'publication') });

describe('occasionDay', () => {
  const records = [record('evt_square', [noon]), record('evt_visit', [ownVisit, onWednesday, asOfPublication])];

  it('gives a clock time the day other sources give the occasion its article reports', () => {
    expect(occasionDay(noon, records, '2031-03-13')).toEqual({ day: '2031-03-12', how: 'visit: 2031-03-12 (art_a)' });
  });

  it('needs the publication day, and a day in the week up to it', () => {
    expect(occasionDay(noon, records, '2031')).toBeNull();
    expect(occasionDay(noon, records, null)).toBeNull();
    expect(occasionDay(noon, records, '2031-05-01')).toBeNull();
    expect(occasionDay(noon, records, '2031-03-12')?.day).toBe('2031-03-12');
    expect(occasionDay(noon, records, '2031-03-11')).toBeNull(); // after the report: not what it tells
  });

  it('takes no day from "as of publication" dates, inferred ones, or without an occasion in the same article', () => {
    expect(occasionDay(noon, [record('evt_square', [noon]), record('evt_visit', [ownVisit, asOfPublication])], '2031-03-13')).toBeNull();
    const inferred: ResolvedEventMention = { ...onWednesday, publishedInferred: true };
    expect(occasionDay(noon, [record('evt_square', [noon]), record('evt_visit', [ownVisit, inferred])], '2031-03-13')).toBeNull();
    expect(occasionDay(noon, [record('evt_square', [noon]), record('evt_visit', [onWednesday])], '2031-03-13')).toBeNull();
  });

  it('decides nothing on a tie between two days', () => {
    const other = mention({ article: 'art_d', text: 'On Tuesday the minister visited Lisbon.', actors: [MINISTER], targets: [LISBON], time: time('2031-03-11', 'relative') });
    expect(occasionDay(noon, [record('evt_square', [noon]), record('evt_visit', [ownVisit, onWednesday, other])], '2031-03-13')).toBeNull();
  });
});
