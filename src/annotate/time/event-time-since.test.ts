import { describe, expect, it } from 'vitest';
import { withLayers } from '../../core/doc.ts';
import { eventTime } from './event-time.ts';
import { textDoc } from './test-doc.ts';
import { tagTimexes } from './tagger.ts';
import { parseYmd } from './calendar.ts';

/** "Since X, …": the event runs from X to the publication, a TIMEX3 interval, never the start alone. Invented sentences. */
function timeOf(text: string, trigger: string, published: string | null, basis: 'metadata' | 'inferred' = 'metadata') {
  const day = parseYmd(published && published.length === 10 ? published : `${published ?? '2031'}-06-30`)!;
  const doc = withLayers(textDoc(text, published, basis), { timexes: tagTimexes(text, day) });
  const start = text.indexOf(trigger);
  return eventTime(doc, { start, end: start + trigger.length }, { start: 0, end: text.length });
}

describe('an event over a period since a time', () => {
  it('runs from the start the text gives to the publication day', () => {
    expect(timeOf('Since last year, Norland has shipped 900 tonnes of grain to Southia.', 'shipped', '2031-04-09')).toMatchObject({
      value: '2030/2031-04-09',
      precision: 'range',
      basis: 'relative',
      relative: 'from the year before publication on, to publication',
    });
    expect(timeOf('The two ports have traded coal since March 2029.', 'traded', '2031-04-09')).toMatchObject({ value: '2029-03/2031-04-09', precision: 'range' });
  });

  it('ends in the year of publication when only that is known, and says the publication date is inferred', () => {
    const t = timeOf('Since last year, Norland has shipped 900 tonnes of grain to Southia.', 'shipped', '2031', 'inferred');
    expect(t.value).toBe('2030/2031');
    expect(t.relative).toMatch(/^from the year before publication on, to publication; publication date inferred/);
  });

  it('is no period for a "first … since", nor for a time that does not follow "since"', () => {
    expect(timeOf('It was the first grain shipment since 2019.', 'shipment', '2031-04-09').precision).not.toBe('range');
    expect(timeOf('Last year, Norland shipped 900 tonnes of grain to Southia.', 'shipped', '2031-04-09')).toMatchObject({ value: '2030', precision: 'year' });
  });
});
