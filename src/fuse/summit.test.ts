import { describe, expect, it } from 'vitest';
import { contradictionsOf, fuseEvents } from './index.ts';
import { KIM, NK, PUTIN, XI, mention, time } from './test-mentions.ts';

/** A visit and a meeting with the host in the same month are one summit (profile.ts `summit`). */
const RU = 'ent_russia';
const MOSCOW = 'ent_moscow';
const CN = 'ent_china';
const geo = { [RU]: 'RUS', [MOSCOW]: 'RUS', [NK]: 'PRK', [CN]: 'CHN' };
const affiliation = { [PUTIN]: 'RUS', [KIM]: 'PRK', [XI]: 'CHN' };

const kimTrip = (over: Parameters<typeof mention>[0]) =>
  mention({ mode: 'visit', actors: [KIM], targets: [MOSCOW], place: MOSCOW, geo, time: time('2023-09', 'relative'), published: '2024-06-18', area: { name: 'Moscow', region: 'RUS:central' }, ...over });
const meeting = (over: Parameters<typeof mention>[0]) =>
  mention({ mode: 'meet', actors: [KIM, PUTIN], targets: [], place: null, geo, affiliation, time: time('2023-09', 'relative'), published: '2024-06-19', ...over });

describe('a visit and a meeting with the host are one summit', () => {
  it('joins the trip to the meeting in that country the same month, and shows where they disagree', () => {
    const trip = kimTrip({ article: 'a', text: 'following his own trip there in September last year' });
    const summit = meeting({ article: 'a', text: 'In September, they vowed … after a summit in Russia.', place: RU });
    const east = meeting({ article: 'b', text: 'The two leaders last met in September in far eastern Russia.', place: RU, area: { name: 'far eastern Russia', region: 'RUS:far-eastern' } });
    const { events, contradictions } = fuseEvents([trip, summit, east], []);
    expect(events).toHaveLength(1);
    expect(events[0].articles).toEqual(['a', 'b']);
    // "a summit in Russia" refines both; Moscow and the Far East exclude each other.
    expect(contradictions.map((c) => [c.about, c.claims.map((k) => [k.value, k.articles])])).toEqual([
      ['place', [['Moscow (Central Federal District)', ['a']], ['far eastern Russia (Far Eastern Federal District)', ['b']]]],
    ]);
    expect(contradictions[0].claims.map((k) => k.evidence[0].text)).toEqual([trip.evidence.text, east.evidence.text]);
  });

  it('finds no conflict between a city and its own region, or a country and a region', () => {
    const trip = kimTrip({ article: 'a', area: { name: 'Vladivostok', region: 'RUS:far-eastern' }, place: MOSCOW });
    const east = meeting({ article: 'b', place: RU, area: { name: 'far eastern Russia', region: 'RUS:far-eastern' } });
    const bare = meeting({ article: 'c', place: RU });
    const { events } = fuseEvents([trip, east, bare], []);
    expect(events).toHaveLength(1);
    expect(contradictionsOf(events[0])).toEqual([]);
  });

  it('keeps apart a meeting of another year, an undated one, or one only dated by the year', () => {
    const trip = kimTrip({ article: 'a' });
    const y2019 = meeting({ article: 'b', time: time('2019'), place: RU });
    const undated = meeting({ article: 'c', time: time(null), published: null });
    const yearOnly = meeting({ article: 'd', time: time('2023') });
    const { events } = fuseEvents([trip, y2019, undated, yearOnly], []);
    expect(events.find((e) => e.mentions.some((m) => m.id === trip.id))!.mentions).toHaveLength(1);
  });

  it('needs the host: a meeting elsewhere, with a third country’s leader, or without another person stays apart', () => {
    const trip = kimTrip({ article: 'a' });
    const inChina = meeting({ article: 'b', place: CN });
    const withXi = meeting({ article: 'c', actors: [KIM, XI] });
    const alone = meeting({ article: 'd', actors: [KIM] });
    const notTheVisitor = meeting({ article: 'e', actors: [PUTIN, XI] });
    for (const other of [inChina, withXi, alone, notTheVisitor]) expect(fuseEvents([trip, other], []).events).toHaveLength(2);
  });

  it('takes a host met in his own country by his stated role when the meeting gives no place', () => {
    const trip = mention({ article: 'a', mode: 'visit', actors: [PUTIN], targets: [NK], geo, time: time('2024-06-19'), published: '2024-06-19' });
    const talks = meeting({ article: 'b', actors: [PUTIN, KIM], time: time('2024-06-19'), published: '2024-06-20' });
    expect(fuseEvents([trip, talks], []).events).toHaveLength(1);
  });
});
