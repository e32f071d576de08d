import { describe, expect, it } from 'vitest';
import type { Doc } from '../core/doc.ts';
import { earlierYears } from './earlier.ts';
import type { Article } from '../core/article.ts';
import { createDoc } from '../core/doc.ts';
import { defaultPipeline } from '../pipeline/components.ts';

const docOf = (text: string) => ({ text }) as unknown as Doc;
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('earlier occurrences listed by year', () => {
  it('reads one year per earlier occurrence after "previous <plural noun> from …"', () => {
    const text = 'The new partnership has replaced previous agreements from 1961, 2000, and 2001.';
    const years = earlierYears(docOf(text), at(text, 'agreements'), 'previous');
    expect(years.map((y) => text.slice(y.start, y.end))).toEqual(['1961', '2000', '2001']);
  });
  it('reads nothing without the modifier, a plural or a year list', () => {
    const text = 'They signed agreements from 1961 and the treaty from 1961.';
    expect(earlierYears(docOf(text), at(text, 'agreements'), 'signed')).toEqual([]);
    expect(earlierYears(docOf(text), at(text, 'treaty'), 'previous')).toEqual([]);
    const none = 'It replaced previous agreements with Moscow.';
    expect(earlierYears(docOf(none), at(none, 'agreements'), 'previous')).toEqual([]);
  });
  it('reads several listed years without a modifier: "the agreements of 1961, 2000 and 2001"', () => {
    const text = 'The new partnership has replaced the agreements of 1961, 2000 and 2001.';
    const years = earlierYears(docOf(text), at(text, 'agreements'), 'the');
    expect(years.map((y) => text.slice(y.start, y.end))).toEqual(['1961', '2000', '2001']);
    const one = 'They recalled the talks of 2019 in the port.';
    expect(earlierYears(docOf(one), at(one, 'talks'), 'the')).toEqual([]);
  });
});

describe('the sentence\'s own event and the listed years', () => {
  it('does not date the pact by a year that names one of the earlier treaties', () => {
    const text = 'The pact replaces earlier treaties of 1961, 2000 and 2001.';
    const article = {
      id: 'art_x', source: 'x', contentHash: 'x', format: 'text', title: null, outlet: null, authors: [],
      published: { date: '2024-06-20', basis: 'user' }, modified: null, language: 'en', canonicalUrl: null,
      text, removed: [], metadataSources: {}, diagnostics: [],
    } as unknown as Article;
    const events = defaultPipeline().run(createDoc(article)).layers.events ?? [];
    const dated = events.map((e) => [text.slice(e.trigger.start, e.trigger.end), e.time.value]);
    expect(dated).toEqual(expect.arrayContaining([['treaties', '1961'], ['treaties', '2000'], ['treaties', '2001']]));
    const pact = events.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'pact');
    expect(pact).toBeDefined();
    expect(['1961', '2000', '2001']).not.toContain(pact!.time.value);
  });
});
