import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../core/layers.ts';
import { isTimeOfDayOnly, isTimeOfDayTime, timeOfDayOn, timeOfDayOpen } from './event-time-of-day.ts';

/** Invented sentences: a time of day with no day of its own, left open or dated by the occasion. */
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a time of day that names no day', () => {
  const text = 'The envoy landed around noon on Friday; the minister arrived around noon.';
  const timex = (word: string, from: number): TimeExpression => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, type: 'TIME', value: '2031-03-14T12:00', anchor: 'publication', precision: 'time' };
  };
  it('is one only when its words name no day', () => {
    expect(isTimeOfDayOnly(text, timex('around noon', text.indexOf('minister')))).toBe(true);
    expect(isTimeOfDayOnly(text, timex('around noon on Friday', 0))).toBe(false);
    expect(isTimeOfDayOnly(text, { ...timex('around noon', 50), anchor: 'absolute' })).toBe(false);
  });
  it('is left open, or put on the day other sources give, and recognised either way', () => {
    const noon = at(text, 'noon');
    const open = timeOfDayOpen(text, noon);
    expect([open.value, open.precision, open.relative]).toEqual([null, 'time', 'noon, on a day the text does not give']);
    const on = timeOfDayOn(text, noon, '2031-03-13', 'visit: 2031-03-13 (art_x)');
    expect([on.value, on.precision, on.relative]).toEqual(['2031-03-13', 'day', 'noon, on the day other sources give the visit: 2031-03-13 (art_x)']);
    expect([isTimeOfDayTime(open), isTimeOfDayTime(on)]).toEqual([true, true]);
    expect(isTimeOfDayTime({ value: '2031-03-13', precision: 'day', basis: 'explicit', timex: noon })).toBe(false);
  });
});
