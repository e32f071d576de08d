import { describe, expect, it } from 'vitest';
import { fuseCandidateKeys, fuseEvents, withdrawArticle } from './index.ts';
import { KIM, NK, PUTIN, XI, mention, time } from './test-mentions.ts';

describe('fuseEvents', () => {
  it('merges differently worded reports of the same visit and keeps an old visit apart', () => {
    const a = mention({ article: 'a', text: 'Putin began visiting North Korea after his plane touched down.', published: '2024-06-19' });
    const b = mention({
      article: 'b',
      text: 'This is his first visit in 24 years.',
      published: '2024-06-20',
      time: time('2024-06-20', 'publication'),
    });
    const c = mention({ article: 'c', text: 'Last year, Putin made a rare visit to Pyongyang.', time: time('2024', 'relative'), published: '2025-03-01' });
    const old = mention({ article: 'd', text: 'Putin visited Pyongyang in 2000.', time: time('2000') });
    const first = fuseEvents([a, b, old], []);
    expect(first.events).toHaveLength(2);
    const visit = first.events.find((e) => e.mentions.length === 2)!;
    expect(visit.articles).toEqual(['a', 'b']);
    expect(visit.corroboration).toBe(2);
    expect(visit.date).toBe('2024-06-19');
    expect(visit.dateBasis).toBe('publication');
    // Incremental: a later article reaches the stored event through its keys.
    const stored = first.events.filter((e) => e.keys.some((k) => fuseCandidateKeys([c]).includes(k)));
    const second = fuseEvents([c], stored);
    const merged = second.events.find((e) => e.articles.includes('c'))!;
    expect(merged.articles).toEqual(['a', 'b', 'c']);
    expect(merged.date).toBe('2024');
    expect(second.contradictions).toEqual([]);
  });

  it('keeps meetings with different partners apart', () => {
    const withKim = mention({ article: 'a', mode: 'meet', targets: [KIM] });
    const withXi = mention({ article: 'b', mode: 'meet', targets: [XI] });
    expect(fuseEvents([withKim, withXi], []).events).toHaveLength(2);
  });

  it('counts syndicated copies once', () => {
    const text = 'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.';
    const a = mention({ article: 'a', outlet: 'Reuters', text });
    const b = mention({ article: 'b', outlet: 'Daily Paper', text: text.replace('on Wednesday', 'Wednesday') });
    const c = mention({ article: 'c', outlet: 'Other', text: 'Kim welcomed Putin with a ceremony in Kim Il Sung Square.' });
    const [e] = fuseEvents([a, b, c], []).events;
    expect(e.mentions).toHaveLength(3);
    expect(e.corroboration).toBe(2);
  });

  it('gives the same ids for the same input, in any order', () => {
    const ms = [mention({ article: 'a' }), mention({ article: 'b' }), mention({ article: 'c', targets: [NK, KIM] })];
    const x = fuseEvents(ms, []).events.map((e) => e.id);
    const y = fuseEvents([...ms].reverse(), []).events.map((e) => e.id);
    expect(x).toEqual(y);
    expect(x).toHaveLength(1);
  });

  it('replaces an article\'s mentions when it is fused again', () => {
    const a = mention({ article: 'a' });
    const once = fuseEvents([a], []);
    const twice = fuseEvents([a], once.events);
    expect(twice.events[0].mentions).toHaveLength(1);
    expect(twice.removedEvents).toEqual([]);
  });

  it('never merges a hypothetical event with a report', () => {
    const a = mention({ article: 'a' });
    const h = mention({ article: 'b', modality: 'hypothetical' });
    expect(fuseEvents([a, h], []).events).toHaveLength(2);
  });
});

describe('withdrawArticle', () => {
  it('removes the article\'s mentions and events left empty', () => {
    const a = mention({ article: 'a' });
    const b = mention({ article: 'b' });
    const only = mention({ article: 'a', type: 'AGREE', mode: 'sign', text: 'They signed a pact.' });
    const fused = fuseEvents([a, b, only], []);
    const out = withdrawArticle(fused.events, 'a');
    expect(out.events).toHaveLength(1);
    expect(out.events[0].articles).toEqual(['b']);
    const pact = fused.events.find((e) => e.type === 'AGREE')!;
    expect(out.removedEvents).toContain(pact.id);
    const kept = new Set(out.events.map((e) => e.id));
    // Every stored id that no longer exists (the pact; the visit's id if its first mention left) is removed.
    expect([...out.removedEvents].sort()).toEqual(fused.events.map((e) => e.id).filter((id) => !kept.has(id)).sort());
    expect(out.touchedEvents).toEqual(expect.arrayContaining([...out.removedEvents]));
    expect(out.events[0].actors).toEqual([PUTIN]);
  });
});

describe('places at different granularity', () => {
  const PYONGYANG = 'ent_pyongyang';
  const VIETNAM = 'ent_vietnam';
  const undated = { time: time(null), published: '2024-06-19' };
  it('merges a visit to Pyongyang, to North Korea and to Kim, and keeps a visit to Vietnam apart', () => {
    const toNk = mention({ article: 'a', ...undated, targets: [NK], geo: { [NK]: 'PRK' } });
    const toCapital = mention({ article: 'b', ...undated, targets: [PYONGYANG], geo: { [PYONGYANG]: 'PRK' } });
    const toKim = mention({ article: 'c', ...undated, targets: [KIM], affiliation: { [KIM]: 'PRK' } });
    const toXi = mention({ article: 'e', ...undated, targets: [XI], affiliation: { [XI]: 'CHN' } });
    const toVietnam = mention({ article: 'd', ...undated, modality: 'planned', targets: [VIETNAM], geo: { [VIETNAM]: 'VNM' } });
    const events = fuseEvents([toNk, toCapital, toKim, toVietnam, toXi], []).events;
    expect(events.map((e) => e.articles)).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['d'], ['e']]));
    expect(events).toHaveLength(3);
  });
});

describe('mentions with no date at all', () => {
  it('do not join an event with a stated date, nor another article’s undated mention', () => {
    const dated = mention({ article: 'a', mode: 'meet', targets: [KIM], time: time('2019'), text: 'In 2019 they met in Vladivostok.' });
    const undated = mention({ article: 'b', mode: 'meet', targets: [KIM], time: time(null), published: null, text: 'Putin and Kim met.' });
    const undated2 = mention({ article: 'c', mode: 'meet', targets: [KIM], time: time(null), published: null, text: 'The two leaders met.' });
    const events = fuseEvents([dated, undated, undated2], []).events;
    expect(events.map((e) => e.articles).sort()).toEqual([['a'], ['b'], ['c']]);
  });

  it('join one another in one article', () => {
    const a = mention({ article: 'b', mode: 'meet', targets: [KIM], time: time(null), published: null, text: 'Putin and Kim met.' });
    const b = mention({ article: 'b', mode: 'meet', targets: [KIM], time: time(null), published: null, text: 'The two leaders met in the capital.' });
    expect(fuseEvents([a, b], []).events.map((e) => e.articles)).toEqual([['b']]);
  });

  it('join across articles when both are the first occurrence after one earlier occurrence', () => {
    const prevA = mention({ article: 'a', time: time('2000'), published: null, occurrence: 'previous', text: 'his first visit since 2000' });
    const prevB = mention({ article: 'b', time: time(null), published: null, occurrence: 'previous', text: 'his first visit in 24 years' });
    const hostA = mention({ article: 'a', time: time(null), published: null, follows: prevA.id, text: 'this is his first visit since 2000' });
    const hostB = mention({ article: 'b', time: time(null), published: null, follows: prevB.id, text: 'during his first visit in 24 years' });
    const other = mention({ article: 'c', time: time(null), published: null, text: 'Putin visited North Korea.' });
    const first = fuseEvents([prevA, hostA], []);
    const second = fuseEvents([prevB, hostB, other], first.events);
    const all = new Map([...first.events, ...second.events].map((e) => [e.id, e]));
    for (const id of second.removedEvents) all.delete(id);
    const groups = [...all.values()].map((e) => e.mentions.map((m) => m.id).sort()).sort();
    expect(groups).toEqual(
      [[prevA.id, prevB.id].sort(), [hostA.id, hostB.id].sort(), [other.id]].sort(),
    );
  });
});

describe('directed modes', () => {
  it('keep a visit by Kim apart from a visit by Putin to Kim', () => {
    const putin = mention({ article: 'a', targets: [KIM], text: 'Kim welcomed Putin in Pyongyang.' });
    const kim = mention({ article: 'a', actors: [KIM], targets: [], text: 'Kim’s own trip there in September.' });
    expect(fuseEvents([putin, kim], []).events).toHaveLength(2);
  });
});
