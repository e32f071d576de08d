import { expect, it } from 'vitest';
import { bandKeys } from '../../fuse/minhash.ts';
import { PORT_TEXT, SUMMIT_TEXT, contradiction, emptyCommit, entity, event, makeArticle, mention, quote, story } from '../fixtures.ts';
import type { Store } from '../types.ts';
import { port, summit, festival, shipping, sigOf, expectCode, type GetStore } from './shared.ts';

/** Corpus records: entities, mentions, events and date filters, contradictions, quotes, stories, near-duplicates. */
export function recordContract(store: GetStore): void {
  it('reads entities by key, article, id and name (case-insensitive, Unicode)', async () => {
    const putin = entity('ent_putin', 'Vladimir Putin', {
      aliases: ['Putin', 'Владимир Путин'],
      keys: ['name:putin', 'name:vladimir putin'],
      articles: [summit.id],
      mentions: 3,
    });
    const kim = entity('ent_kim', 'Kim Jong Un', { keys: ['name:kim jong un'], articles: [summit.id], mentions: 2 });
    const dprk = entity('ent_dprk', 'North Korea', { type: 'GPE', keys: ['name:north korea'], articles: [summit.id], mentions: 1 });
    await store().commitArticle(emptyCommit(summit, { entities: [putin, kim, dprk] }));
    expect(await store().entitiesByKeys(['name:putin', 'name:kim jong un', 'name:nobody'])).toEqual([kim, putin]);
    expect(await store().entitiesByKeys([])).toEqual([]);
    expect((await store().entitiesByArticle(summit.id)).map((e) => e.id)).toEqual(['ent_dprk', 'ent_kim', 'ent_putin']);
    expect(await store().getEntity('ent_kim')).toEqual(kim);
    expect(await store().getEntity('ent_none')).toBeNull();
    expect(await store().findEntities('vladimir PUTIN')).toEqual([putin]);
    expect(await store().findEntities('владимир путин')).toEqual([putin]);
    expect(await store().findEntities('Putin')).toEqual([putin]);
    expect(await store().findEntities('Vlad')).toEqual([]);
    expect((await store().listEntities()).map((e) => e.id)).toEqual(['ent_putin', 'ent_kim', 'ent_dprk']);
    expect((await store().listEntities({ type: 'GPE' })).map((e) => e.id)).toEqual(['ent_dprk']);
    expect((await store().listEntities({ limit: 1 })).map((e) => e.id)).toEqual(['ent_putin']);
  });

  it('keeps entity indexes in sync on upsert, removal and merge', async () => {
    const kimA = entity('ent_kim_a', 'Kim Jong Un', { keys: ['name:kim jong un'], articles: [summit.id] });
    const kimB = entity('ent_kim_b', 'Kim', { keys: ['name:kim'], articles: [summit.id] });
    await store().commitArticle(
      emptyCommit(summit, {
        entities: [kimA, kimB],
        mentions: [mention(summit, 'ent_kim_a', 'Kim Jong Un'), mention(summit, 'ent_kim_b', 'Kim said')],
        quotes: [quote('q_kim', summit, 'the strongest treaty', 'ent_putin', ['ent_putin', 'ent_kim_b'])],
      }),
    );
    // The resolver merges B into A with a second article: A gets B's alias and key, B is removed.
    const merged = entity('ent_kim_a', 'Kim Jong Un', {
      aliases: ['Kim'],
      keys: ['name:kim jong un', 'name:kim'],
      articles: [summit.id, port.id],
      mentions: 3,
    });
    await store().commitArticle(emptyCommit(port, { entities: [merged], removedEntities: ['ent_kim_b'], mergedInto: { ent_kim_b: 'ent_kim_a' } }));
    expect(await store().getEntity('ent_kim_b')).toBeNull();
    expect(await store().entitiesByKeys(['name:kim'])).toEqual([merged]);
    expect(await store().findEntities('kim')).toEqual([merged]);
    expect((await store().entitiesByArticle(port.id)).map((e) => e.id)).toEqual(['ent_kim_a']);
    expect((await store().listMentions({ article: summit.id })).map((m) => m.entity)).toEqual(['ent_kim_a', 'ent_kim_a']);
    // a co-speaker is re-pointed too
    expect((await store().listQuotes({ speaker: 'ent_kim_a' })).map((q) => [q.id, q.speaker, q.speakers])).toEqual([['q_kim', 'ent_putin', ['ent_putin', 'ent_kim_a']]]);
    expect(await store().listQuotes({ speaker: 'ent_kim_b' })).toEqual([]);
    // An upsert that drops a key and an article removes them from the indexes.
    const narrowed = { ...merged, keys: ['name:kim jong un'], aliases: [], articles: [port.id] };
    await store().commitArticle(emptyCommit(festival, { entities: [narrowed] }));
    expect(await store().entitiesByKeys(['name:kim'])).toEqual([]);
    expect(await store().findEntities('Kim')).toEqual([]);
    expect(await store().entitiesByArticle(summit.id)).toEqual([]);
    expect(await store().entitiesByKeys(['name:kim jong un'])).toEqual([narrowed]);
  });

  it('stores mentions and lists them by article and entity', async () => {
    const mentions = [mention(summit, 'ent_putin', 'Putin', 1), mention(summit, 'ent_kim', 'Kim Jong Un'), mention(summit, 'ent_putin', 'Владимир Путин')];
    await store().commitArticle(emptyCommit(summit, { mentions }));
    const all = await store().listMentions({ article: summit.id });
    expect(all.map((m) => SUMMIT_TEXT.slice(m.start, m.end))).toEqual(['Владимир Путин', 'Kim Jong Un', 'Putin']);
    expect((await store().listMentions({ entity: 'ent_putin' })).length).toBe(2);
    expect(await store().listMentions({ entity: 'ent_none' })).toEqual([]);
  });

  it('reads events by key, article and id; upserts and removals keep indexes in sync', async () => {
    const visit = event('evt_visit', summit, 'arrived in Pyongyang', '2024-06-19', 'day', {
      keys: ['visit:pyongyang', 'day:2024-06-19'],
      actors: ['ent_putin'],
      targets: ['ent_dprk'],
    });
    const sign = event('evt_sign', summit, 'signed a partnership agreement', '2024-06-19', 'day', { type: 'AGREE', keys: ['agree:2024-06'] });
    await store().commitArticle(emptyCommit(summit, { events: [visit, sign], touchedEvents: [visit.id, sign.id] }));
    expect(await store().eventsByKeys(['visit:pyongyang', 'agree:2024-06'])).toEqual([sign, visit]);
    expect((await store().eventsByArticle(summit.id)).map((e) => e.id)).toEqual(['evt_sign', 'evt_visit']);
    expect(await store().getEvent('evt_visit')).toEqual(visit);
    expect(await store().getEvent('evt_none')).toBeNull();

    const visit2 = { ...visit, keys: ['visit:north korea'], articles: [summit.id, port.id], corroboration: 2 };
    await store().commitArticle(
      emptyCommit(port, {
        events: [visit2],
        removedEvents: ['evt_sign'],
        touchedEvents: ['evt_visit'],
        contradictions: [contradiction('con_date', 'evt_visit', 'date', [summit.id, port.id])],
      }),
    );
    expect(await store().eventsByKeys(['visit:pyongyang'])).toEqual([]);
    expect(await store().eventsByKeys(['visit:north korea'])).toEqual([visit2]);
    expect(await store().eventsByKeys(['agree:2024-06'])).toEqual([]);
    expect(await store().getEvent('evt_sign')).toBeNull();
    expect((await store().eventsByArticle(port.id)).map((e) => e.id)).toEqual(['evt_visit']);
    expect((await store().listEvents({ entity: 'ent_dprk' })).map((e) => e.id)).toEqual(['evt_visit']);
  });

  it('filters events by overlapping date ranges, entity, type and article', async () => {
    const a = port;
    const evs = [
      event('evt_year', a, 'Rotterdam handled', '2024', 'year'),
      event('evt_day', a, 'began a 48-hour strike', '2024-06-18', 'day', { actors: ['ent_union'], type: 'PROTEST' }),
      event('evt_may', a, 'talks with employers collapsed', '2024-05', 'month'),
      event('evt_next', a, 'Talks are expected to resume', '2025-01-09', 'day'),
      event('evt_undated', a, 'delay about 30 ships', null, null),
      event('evt_range', a, 'offered a 4 percent raise', '2024-11-28/2024-12-03', 'range'),
    ];
    await store().commitArticle(emptyCommit(a, { events: evs }));
    const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store().listEvents(f)).map((e) => e.id);
    expect(await ids({})).toEqual(['evt_year', 'evt_may', 'evt_day', 'evt_range', 'evt_next', 'evt_undated']);
    expect(await ids({ from: '2024-06', to: '2024-12' })).toEqual(['evt_year', 'evt_day', 'evt_range']);
    expect(await ids({ from: '2024-06-19' })).toEqual(['evt_year', 'evt_range', 'evt_next']);
    expect(await ids({ to: '2024-05-31' })).toEqual(['evt_year', 'evt_may']);
    expect(await ids({ from: '2024-12-01', to: '2024-12-01' })).toEqual(['evt_year', 'evt_range']);
    expect(await ids({ from: '2025', to: '2025' })).toEqual(['evt_next']);
    expect(await ids({ entity: 'ent_union' })).toEqual(['evt_day']);
    expect(await ids({ type: 'PROTEST' })).toEqual(['evt_day']);
    expect(await ids({ article: a.id, limit: 2 })).toEqual(['evt_year', 'evt_may']);
    expect(await ids({ article: summit.id })).toEqual([]);
    await expectCode(store().listEvents({ from: 'June 2024' }), 'E_DATE');
  });

  it('replaces the contradictions of touched events only', async () => {
    const ev1 = event('evt_1', port, 'began a 48-hour strike', '2024-06-17', 'day');
    const ev2 = event('evt_2', port, 'delay about 30 ships', null, null);
    await store().commitArticle(
      emptyCommit(port, {
        events: [ev1, ev2],
        touchedEvents: ['evt_1', 'evt_2'],
        contradictions: [contradiction('con_a', 'evt_1', 'date', [port.id]), contradiction('con_b', 'evt_2', 'count:ships', [port.id])],
      }),
    );
    await store().commitArticle(emptyCommit(shipping, { touchedEvents: ['evt_1'], contradictions: [contradiction('con_c', 'evt_1', 'place', [shipping.id])] }));
    expect((await store().listContradictions()).map((c) => c.id)).toEqual(['con_b', 'con_c']);
    expect((await store().listContradictions({ event: 'evt_1' })).map((c) => c.about)).toEqual(['place']);
  });

  it('lists quotes by speaker and article', async () => {
    const q1 = quote('q_1', port, 'We will not accept a pay cut while profits rise', 'ent_devries');
    const q2 = quote('q_2', summit, 'the strongest treaty', 'ent_kim');
    await store().commitArticle(emptyCommit(port, { quotes: [q1] }));
    await store().commitArticle(emptyCommit(summit, { quotes: [q2] }));
    expect(await store().listQuotes()).toEqual([q1, q2]);
    expect(await store().listQuotes({ speaker: 'ent_kim' })).toEqual([q2]);
    expect(await store().listQuotes({ article: port.id })).toEqual([q1]);
    expect(PORT_TEXT.slice(q1.start, q1.end)).toBe(q1.text);
  });

  it('keeps every speaker of a quote and lists it under any of them', async () => {
    const both = quote('q_both', summit, 'the strongest treaty', 'ent_putin', ['ent_putin', 'ent_kim']);
    await store().commitArticle(emptyCommit(summit, { quotes: [both] }));
    expect(await store().listQuotes({ speaker: 'ent_kim' })).toEqual([both]);
    expect(await store().listQuotes({ speaker: 'ent_putin', article: summit.id })).toEqual([both]);
    expect(await store().listQuotes({ speaker: 'ent_devries' })).toEqual([]);
    // A re-commit that drops a co-speaker drops it from the index too.
    const one = { ...both, speakers: ['ent_putin'] };
    await store().commitArticle(emptyCommit(summit, { quotes: [one] }));
    expect(await store().listQuotes({ speaker: 'ent_kim' })).toEqual([]);
    expect(await store().listQuotes({ speaker: 'ent_putin' })).toEqual([one]);
  });

  it('stores stories and finds them by key', async () => {
    await store().commitArticle(emptyCommit(port, { story: story('sto_1', 'Rotterdam port strike', [port.id], ['strike', 'rotterdam']) }));
    const grown = story('sto_1', 'Rotterdam port strike', [port.id, shipping.id], ['strike', 'freight']);
    await store().commitArticle(emptyCommit(shipping, { story: grown }));
    expect(await store().storiesByKeys(['freight'])).toEqual([grown]);
    expect(await store().storiesByKeys(['rotterdam'])).toEqual([]);
    expect(await store().listStories()).toEqual([grown]);
  });

  it('finds near-duplicate candidates by signature band and lists duplicates', async () => {
    const sig = sigOf(4);
    await store().commitArticle(emptyCommit(port, { signature: sig }));
    await store().commitArticle(emptyCommit(shipping, { signature: sig.map((x) => x + 1), bands: ['custom:1', 'custom:2'] }));
    const copy = makeArticle(`${PORT_TEXT} `, { source: 'https://mirror.example/port' });
    await store().commitArticle(emptyCommit(copy, { signature: sig, duplicateOf: port.id }));
    const near = await store().articlesBySignatureBands([bandKeys(sig)[2]!, 'other']);
    expect(near).toEqual([
      { id: copy.id, signature: sig },
      { id: port.id, signature: sig },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await store().articlesBySignatureBands(['custom:2'])).map((c) => c.id)).toEqual([shipping.id]);
    expect(await store().articlesBySignatureBands([])).toEqual([]);
    expect(await store().duplicatesOf(port.id)).toEqual([copy.id]);
    expect(await store().duplicatesOf(copy.id)).toEqual([]);
  });
}
