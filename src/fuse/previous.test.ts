import { describe, expect, it } from 'vitest';
import { contradictionsOf } from './contradictions.ts';
import { fuseEvents } from './merge.ts';
import type { Doc } from '../core/doc.ts';
import { findCues, previousOccurrences } from './previous.ts';
import { PUTIN, mention, time } from './test-mentions.ts';

describe('previous-occurrence cues', () => {
  it('dates the earlier occurrence from "last trip … in 2000", "since 2000", "in 24 years" and "in 2002 on his last visit"', () => {
    expect(findCues('relations since Putin’s last trip to Pyongyang in 2000 and later trips', null)[0]).toMatchObject({ noun: 'trip', year: 2000, basis: 'explicit' });
    expect(findCues('this is Putin’s first visit to Pyongyang since 2000.', null)[0]).toMatchObject({ noun: 'visit', year: 2000 });
    expect(findCues('his first visit to North Korea in 24 years', '2024-06-19')[0]).toMatchObject({ year: 2000, basis: 'relative' });
    expect(findCues('his first visit to North Korea in 24 years', null)[0]).toMatchObject({ year: null });
    expect(findCues('Putin shakes hands with Kim Jong Il in 2002 on his last visit to the rogue state', null)[0]).toMatchObject({ year: 2002 });
    expect(findCues('Putin arrived in Pyongyang.', null)).toEqual([]);
    expect(findCues('it is ready to hold its first nuclear test since 2017, officials said', null)[0]).toMatchObject({ noun: 'test', year: 2017, headed: true });
    expect(findCues('The two leaders last met in September in far eastern Russia, but this is his first visit since 2000.', null)[0]).toMatchObject({
      kind: 'met', noun: 'meeting', year: null, start: 16, end: 59,
    });
  });

  it('absorbs every event of a sentence dated like its "last visit" cue, not only the first', () => {
    const text = 'Putin shakes hands with Kim Jong Il in 2002 on his last visit to the rogue state';
    const doc = { article: { id: 'a' }, text, layers: { mentions: [], entities: [] } } as unknown as Doc;
    const evidence = { article: 'a', start: 0, end: text.length, text };
    const meet = mention({ article: 'a', mode: 'meet', time: time('2002'), evidence, trigger: { start: 5, end: 10 } });
    const visit = { ...mention({ article: 'a', mode: 'visit', time: time('2002'), evidence, trigger: { start: 48, end: 53 } }), id: 'evm_second' };
    const { derived, absorbed } = previousOccurrences(doc, [meet, visit], new Map());
    expect(derived).toHaveLength(1);
    expect([...absorbed].sort()).toEqual([meet.id, visit.id].sort());
  });

  it('merges descriptions of the previous visit and shows the conflicting year as a contradiction', () => {
    const prev = { occurrence: 'previous' as const, actors: [PUTIN] };
    const a = mention({ article: 'a', ...prev, time: time('2000'), text: 'this is Putin’s first visit to Pyongyang since 2000.' });
    const b = mention({ article: 'b', ...prev, time: time('2000'), text: 'since Putin’s last trip to Pyongyang in 2000' });
    const c = mention({ article: 'c', ...prev, time: time('2002'), text: 'in 2002 on his last visit to the rogue state' });
    const current = mention({ article: 'a', time: time('2024-06-19'), text: 'Putin arrived in Pyongyang.' });
    const fused = fuseEvents([a, b, c, current], []);
    expect(fused.events).toHaveLength(2);
    const previous = fused.events.find((e) => e.mentions.length === 3)!;
    expect(previous.date).toBe('2000');
    const [con] = contradictionsOf(previous);
    expect(con.claims.map((x) => [x.value, x.articles])).toEqual([
      ['2000', ['a', 'b']],
      ['2002', ['c']],
    ]);
    expect(fused.contradictions).toHaveLength(1);
  });
});
