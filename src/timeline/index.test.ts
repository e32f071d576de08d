import { describe, expect, it } from 'vitest';
import { fuseEvents } from '../fuse/index.ts';
import { KIM, PUTIN, mention, time } from '../fuse/test-mentions.ts';
import { buildTimeline, chooseSummary, chronological, dateSpan, inRange } from './index.ts';

const visit = [
  mention({ article: 'a', text: 'Putin arrived in Pyongyang for a summit with Kim Jong Un.', time: time('2024-06-19') }),
  mention({ article: 'b', text: 'Kim welcomed Putin to Pyongyang for the summit.', time: time('2024-06-19') }),
  mention({ article: 'c', text: 'Balloons, flags.', time: time('2024-06-19') }),
];
const pact = mention({
  article: 'a', type: 'AGREE', mode: 'sign', targets: [KIM], time: time('2024-06-19'),
  text: 'Putin and Kim signed a strategic partnership treaty at the summit in Pyongyang.',
});
const old = mention({ article: 'a', text: 'Putin last visited Pyongyang in 2000.', time: time('2000') });
const undated = mention({ article: 'b', type: 'THREATEN', mode: null, text: 'Putin warned the West.', time: time(null), published: null });
const events = fuseEvents([...visit, pact, old, undated], []).events;

describe('buildTimeline', () => {
  it('places dated events at their date and leaves undated events out', () => {
    const tl = buildTimeline(events);
    expect(tl.map((t) => t.date)).toEqual(['2000', '2024-06-19']);
    const day = tl[1];
    expect(day.events).toHaveLength(2);
    // The most corroborated event comes first, and the summary is a real evidence sentence.
    expect(events.find((e) => e.id === day.events[0])!.corroboration).toBe(3);
    expect(day.summary).toMatch(/summit/);
    const src = day.summarySource!;
    expect([...visit, pact].some((m) => m.article === src.article && m.evidence.start === src.start)).toBe(true);
  });

  it('filters by entity, range and number of dates', () => {
    expect(buildTimeline(events, { entity: KIM }).map((t) => t.date)).toEqual(['2024-06-19']);
    expect(buildTimeline(events, { from: '2024' }).map((t) => t.date)).toEqual(['2024-06-19']);
    expect(buildTimeline(events, { to: '2001' }).map((t) => t.date)).toEqual(['2000']);
    expect(buildTimeline(events, { maxDates: 1 }).map((t) => t.date)).toEqual(['2024-06-19']);
    expect(buildTimeline(events, { entity: 'nobody' })).toEqual([]);
    expect(buildTimeline(events, { query: 'partnership treaty' }).map((t) => t.events.length)).toEqual([1]);
    expect(buildTimeline(events, { articles: ['c'] }).map((t) => t.date)).toEqual(['2024-06-19']);
    expect(buildTimeline(events, { articles: ['zzz'] })).toEqual([]);
    expect(PUTIN).toBeTruthy();
  });

  it('compares ranges on the ISO prefix', () => {
    expect(inRange('2024-06-18', '2024', '2024-12')).toBe(true);
    expect(inRange('2024', '2024-06', '2024-12')).toBe(true);
    expect(inRange('2023-12-31', '2024')).toBe(false);
  });

  it('orders dates of mixed precision chronologically, coarser first', () => {
    const dates = ['2024-06-19', '2022-10-08', '2024', '2022-W40', '194', '2000', '2024-06', '2022-10-07'];
    expect([...dates].sort(chronological)).toEqual(['194', '2000', '2022-W40', '2022-10-07', '2022-10-08', '2024', '2024-06', '2024-06-19']);
    // ISO week 40 of 2022 runs from Monday 3 October to Sunday 9 October.
    const w = dateSpan('2022-W40')!;
    expect([w.lo, w.hi].map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))).toEqual(['2022-10-03', '2022-10-09']);
  });
});

describe('chooseSummary', () => {
  it('prefers a statement to a question, even a more central one', () => {
    const q = mention({ article: 'q', text: 'Why did Putin arrive in Pyongyang for a summit with Kim Jong Un?', time: time('2024-06-19') });
    const fused = fuseEvents([q, visit[1]], []).events;
    expect(chooseSummary(fused)!.text).toBe('Kim welcomed Putin to Pyongyang for the summit.');
  });
});

