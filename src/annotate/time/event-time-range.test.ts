import { describe, expect, it } from 'vitest';
import type { PublishedDate } from '../../core/article.ts';
import { layer } from '../../core/doc.ts';
import { commonValue, publicationOverRange, publicationRange, valueOverRange } from './event-time-range.ts';
import { eventTime } from './event-time.ts';
import { timeComponent } from './index.ts';
import { textDoc } from './test-doc.ts';

/** A doc published somewhere in 2024 (inferred), annotated as undated. */
function in2024(text: string, published: Partial<PublishedDate> = {}) {
  const doc = timeComponent.run(textDoc(text, null));
  const p: PublishedDate = { date: '2024', basis: 'inferred', how: 'test', confidence: 0.5, notBefore: '2024-01-01', notAfter: '2024-12-31', ...published };
  return { ...doc, article: { ...doc.article, published: p } };
}

function timexOf(doc: ReturnType<typeof in2024>, words: string) {
  const t = layer(doc, 'timexes').find((x) => doc.text.slice(x.start, x.end) === words);
  if (!t) throw new Error(`no timex "${words}"`);
  return t;
}

describe('dating over an inferred publication range', () => {
  it('reads the range from the date or the bounds, and none for a day', () => {
    expect(publicationRange(in2024('x'))).toEqual([{ y: 2024, m: 1, d: 1 }, { y: 2024, m: 12, d: 31 }]);
    expect(publicationRange(in2024('x', { date: null, notBefore: '2024-03-01', notAfter: '2024-03-31' }))).toEqual([{ y: 2024, m: 3, d: 1 }, { y: 2024, m: 3, d: 31 }]);
    expect(publicationRange(in2024('x', { date: null, notBefore: '2019', notAfter: undefined }))).toBeNull();
    expect(publicationRange(in2024('x', { date: '2024-06-18' }))).toBeNull();
  });

  it('keeps what every day of the range agrees on, and nothing finer', () => {
    const doc = in2024('Last year, Putin made a rare visit. In January Kim sent delegates. A letter was published on Tuesday.');
    expect(valueOverRange(doc, timexOf(doc, 'Last year'))).toBe('2023');
    expect(valueOverRange(doc, timexOf(doc, 'January'))).toBe('2024-01');
    expect(valueOverRange(doc, timexOf(doc, 'Tuesday'))).toBeNull();
    expect(publicationOverRange(doc)).toBe('2024');
  });

  it('shares a month or a year, never a day, between two values', () => {
    expect(commonValue('2024-06-18', '2024-06-25')).toBe('2024-06');
    expect(commonValue('2024-01-02', '2024-12-31')).toBe('2024');
    expect(commonValue('2023-12-26', '2024-12-31')).toBeNull();
    expect(commonValue('2023', '2023')).toBe('2023');
    expect(commonValue(null, '2023')).toBeNull();
  });

  it('dates an event at the precision the range supports, marked as resting on an inferred date', () => {
    const text = 'Last year, Putin made a rare visit to Pyongyang.';
    const doc = in2024(text);
    const t = eventTime(doc, { start: text.indexOf('visit'), end: text.indexOf('visit') + 5 }, { start: 0, end: text.length });
    expect(t).toMatchObject({ value: '2023', precision: 'year', basis: 'relative' });
    expect(t.relative).toMatch(/year before publication; publication date inferred \(2024\)/);
  });

  it('says the range is the user’s, not inferred, when the user gave only a month', () => {
    const text = 'A letter was published on Tuesday. Last year, Putin made a rare visit.';
    const doc = in2024(text, { date: '2024-06', basis: 'user', how: undefined, confidence: undefined, notBefore: undefined, notAfter: undefined });
    const t = eventTime(doc, { start: text.indexOf('visit'), end: text.indexOf('visit') + 5 }, { start: text.indexOf('Last'), end: text.length });
    expect(t).toMatchObject({ value: '2023', basis: 'relative' });
    expect(t.relative).toBe('the year before publication; publication date 2024-06 (user)');
    const letter = eventTime(doc, { start: text.indexOf('published'), end: text.indexOf('published') + 9 }, { start: 0, end: text.indexOf(' Last') });
    expect(letter.value).toBe('2024'); // the Tuesday on or before a day in June 2024: May or June
    expect(letter.relative).toBe('the Tuesday on or before publication; publication date 2024-06 (user)');
  });
});
