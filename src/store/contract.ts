import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.ts';
import { bandKeys } from '../fuse/minhash.ts';
import {
  FESTIVAL_TEXT,
  FIXED_NOW,
  PORT_TEXT,
  SAMPLE_DIAGNOSTICS,
  SHIPPING_TEXT,
  SUMMIT_TEXT,
  contradiction,
  emptyCommit,
  entity,
  event,
  layersFor,
  makeArticle,
  mention,
  quote,
  spanOf,
  story,
} from './fixtures.ts';
import type { SqlStoreOptions } from './sql/store.ts';
import type { Store } from './types.ts';

/** Opens a fresh, empty, not yet migrated store. */
export type StoreFactory = (options: SqlStoreOptions) => Promise<Store>;

const port = makeArticle(PORT_TEXT, { source: 'https://news.example/port', published: { date: '2024-06-17', basis: 'metadata' } });
const summit = makeArticle(SUMMIT_TEXT, { source: 'https://news.example/summit', language: 'en', published: { date: '2024-06-19', basis: 'metadata' } });
const festival = makeArticle(FESTIVAL_TEXT, { source: 'file:///tmp/festival.html' });
const shipping = makeArticle(SHIPPING_TEXT, { source: 'https://news.example/shipping' });

/** A full-length (128-value) MinHash-like signature, distinct per seed in every band. */
const sigOf = (seed: number): number[] => Array.from({ length: 128 }, (_, i) => (seed * 7919 + i * 104_729 + seed * i) % 2 ** 31);

async function expectCode(p: Promise<unknown>, code: string): Promise<DossierError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DossierError);
  expect((e as DossierError).code).toBe(code);
  return e as DossierError;
}

/**
 * The behaviour every `Store` must have. Each backend's test file calls this with a factory; the
 * same assertions run against SQLite and PostgreSQL.
 */
export function defineStoreContract(label: string, open: StoreFactory): void {
  describe(`Store contract: ${label}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open({ now: () => FIXED_NOW });
      await store.migrate();
    });
    afterEach(async () => {
      await store?.close();
    });

    it('migrate() is idempotent and keeps data', async () => {
      await store.commitArticle(emptyCommit(port));
      await store.migrate();
      await store.migrate();
      expect(await store.articleIdByHash(port.contentHash)).toBe(port.id);
    });

    it('round-trips an article with its layers and diagnostics', async () => {
      const layers = layersFor(PORT_TEXT, ['Marieke de Vries']);
      await store.commitArticle(emptyCommit(port, { layers, diagnostics: SAMPLE_DIAGNOSTICS }));
      const got = await store.getArticle(port.id);
      expect(got).not.toBeNull();
      expect(got!.article).toEqual(port);
      expect(got!.layers).toEqual(layers);
      expect(got!.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
      expect(got!.current).toBe(true);
      expect(got!.ingestedAt).toBe(FIXED_NOW);
      expect(await store.getArticle('art_doesnotexist')).toBeNull();
    });

    it('stores hostile strings verbatim (quotes, backslashes, placeholders, SQL, astral characters)', async () => {
      const nasty = `O'Brien said "it's fine" \\ C:\\path\\n ? $1 :name; DROP TABLE articles; -- ’‘ 😀 \u00e9\u0301 ${'\u200b'}end`;
      const a = makeArticle(`${nasty}\n\nSecond paragraph with ? and $2.`, { title: nasty, source: `https://x.example/?q='${nasty}'`, authors: [nasty] });
      const e = entity('ent_nasty', nasty, { aliases: [`${nasty}?`], keys: [nasty], articles: [a.id] });
      await store.commitArticle(
        emptyCommit(a, {
          entities: [e],
          layers: { sentences: [{ start: 0, end: nasty.length }] },
          diagnostics: [{ severity: 'info', origin: 'test', rule: nasty, message: nasty }],
          quotes: [quote('q_nasty', a, "it's fine", nasty)],
        }),
      );
      const got = await store.getArticle(a.id);
      expect(got!.article).toEqual(a);
      expect(got!.diagnostics[0]!.message).toBe(nasty);
      expect(await store.entitiesByKeys([nasty])).toEqual([e]);
      expect(await store.findEntities(nasty.toUpperCase())).toEqual([e]);
      expect((await store.listQuotes({ speaker: nasty })).map((q) => q.id)).toEqual(['q_nasty']);
      expect((await store.currentArticleBySource(a.source))!.id).toBe(a.id);
    });

    it('finds articles by hash and by source, and lists summaries in ingest order', async () => {
      await store.commitArticle(emptyCommit(summit));
      await store.commitArticle(emptyCommit(port));
      expect(await store.articleIdByHash(summit.contentHash)).toBe(summit.id);
      expect(await store.articleIdByHash('0'.repeat(64))).toBeNull();
      const bySource = await store.currentArticleBySource(port.source);
      expect(bySource).toEqual({
        id: port.id,
        source: port.source,
        title: port.title,
        outlet: port.outlet,
        published: port.published,
        language: 'en',
        current: true,
        ingestedAt: FIXED_NOW,
        chars: PORT_TEXT.length,
      });
      expect(await store.currentArticleBySource('https://news.example/none')).toBeNull();
      expect((await store.listArticles()).map((a) => a.id)).toEqual([summit.id, port.id]);
    });

    it('gets an article by a unique id prefix and refuses an ambiguous one', async () => {
      const a = makeArticle('First text about a harbour.', { id: 'art_aaaa1111' });
      const b = makeArticle('Second text about a harbour.', { id: 'art_aaaa2222' });
      await store.commitArticle(emptyCommit(a));
      await store.commitArticle(emptyCommit(b));
      expect((await store.getArticle('art_aaaa1'))!.article.id).toBe(a.id);
      expect((await store.getArticle('art_aaaa2'))!.article.text).toBe(b.text);
      await expectCode(store.getArticle('art_aaaa'), 'E_USAGE');
      expect(await store.getArticle('art_b')).toBeNull();
      expect(await store.getArticle('')).toBeNull();
    });

    it('supersedes an older version: kept, not current, out of listings and search', async () => {
      const v1 = makeArticle(PORT_TEXT, { source: 'https://news.example/port-live' });
      const v2Text = `${PORT_TEXT}\n\nUpdate: the strike ended early on Tuesday evening.`;
      const v2 = makeArticle(v2Text, { source: v1.source });
      await store.commitArticle(emptyCommit(v1, { quotes: [quote('q1', v1, 'We will not accept a pay cut while profits rise', null)] }));
      await store.commitArticle(emptyCommit(v2, { supersedes: v1.id, quotes: [quote('q2', v2, 'We will not accept a pay cut while profits rise', null)] }));
      const old = await store.getArticle(v1.id);
      expect(old!.current).toBe(false);
      expect(old!.article.text).toBe(PORT_TEXT);
      expect((await store.currentArticleBySource(v1.source))!.id).toBe(v2.id);
      expect((await store.listArticles()).map((a) => a.id)).toEqual([v2.id]);
      expect((await store.listArticles({ includeSuperseded: true })).map((a) => [a.id, a.current])).toEqual([
        [v1.id, false],
        [v2.id, true],
      ]);
      expect((await store.search('Rotterdam')).map((h) => h.article)).toEqual([v2.id]);
      expect((await store.listQuotes()).map((q) => q.id)).toEqual(['q2']);
      expect((await store.listQuotes({ article: v1.id })).map((q) => q.id)).toEqual(['q1']);
    });

    it('rejects superseding an unknown article and writes nothing', async () => {
      await expectCode(store.commitArticle(emptyCommit(port, { supersedes: 'art_missing' })), 'E_STORE');
      expect(await store.articleIdByHash(port.contentHash)).toBeNull();
    });

    it('commitArticle is all or nothing: a failure midway leaves no trace', async () => {
      await store.commitArticle(emptyCommit(summit, { entities: [entity('ent_putin', 'Vladimir Putin', { articles: [summit.id] })] }));
      const e = entity('ent_union', 'FNV Havens', { type: 'ORG', keys: ['name:fnv havens'], articles: [port.id] });
      const ev = event('evt_strike', port, 'began a 48-hour strike', '2024-06-17', 'day', { keys: ['strike:rotterdam'] });
      const updatedPutin = entity('ent_putin', 'Vladimir Putin', { keys: ['name:putin-updated'], articles: [summit.id, port.id] });
      // The last write (a quote of an article that is not stored) violates a foreign key.
      const bad = emptyCommit(port, {
        entities: [e, updatedPutin],
        mentions: [mention(port, 'ent_union', 'FNV Havens')],
        events: [ev],
        touchedEvents: [ev.id],
        contradictions: [contradiction('con_1', ev.id, 'count:workers', [port.id])],
        story: story('sto_port', 'Rotterdam strike', [port.id], ['strike']),
        signature: sigOf(1),
        quotes: [{ ...quote('q_bad', port, 'We will not accept a pay cut', null), article: 'art_not_stored' }],
      });
      await expectCode(store.commitArticle(bad), 'E_STORE');
      expect(await store.articleIdByHash(port.contentHash)).toBeNull();
      expect(await store.getArticle(port.id)).toBeNull();
      expect(await store.getEntity('ent_union')).toBeNull();
      expect(await store.entitiesByKeys(['name:putin-updated'])).toEqual([]);
      expect((await store.getEntity('ent_putin'))!.articles).toEqual([summit.id]);
      expect(await store.getEvent(ev.id)).toBeNull();
      expect(await store.listContradictions()).toEqual([]);
      expect(await store.listStories()).toEqual([]);
      expect(await store.listMentions()).toEqual([]);
      expect(await store.search('Rotterdam')).toEqual([]);
      expect(await store.articlesBySignatureBands(bandKeys(sigOf(1)))).toEqual([]);
      // The same commit, fixed, then goes through.
      await store.commitArticle({ ...bad, quotes: [quote('q_ok', port, 'We will not accept a pay cut', null)] });
      expect((await store.getEntity('ent_union'))!.name).toBe('FNV Havens');
    });

    it('reads entities by key, article, id and name (case-insensitive, Unicode)', async () => {
      const putin = entity('ent_putin', 'Vladimir Putin', {
        aliases: ['Putin', 'Владимир Путин'],
        keys: ['name:putin', 'name:vladimir putin'],
        articles: [summit.id],
        mentions: 3,
      });
      const kim = entity('ent_kim', 'Kim Jong Un', { keys: ['name:kim jong un'], articles: [summit.id], mentions: 2 });
      const dprk = entity('ent_dprk', 'North Korea', { type: 'GPE', keys: ['name:north korea'], articles: [summit.id], mentions: 1 });
      await store.commitArticle(emptyCommit(summit, { entities: [putin, kim, dprk] }));
      expect(await store.entitiesByKeys(['name:putin', 'name:kim jong un', 'name:nobody'])).toEqual([kim, putin]);
      expect(await store.entitiesByKeys([])).toEqual([]);
      expect((await store.entitiesByArticle(summit.id)).map((e) => e.id)).toEqual(['ent_dprk', 'ent_kim', 'ent_putin']);
      expect(await store.getEntity('ent_kim')).toEqual(kim);
      expect(await store.getEntity('ent_none')).toBeNull();
      expect(await store.findEntities('vladimir PUTIN')).toEqual([putin]);
      expect(await store.findEntities('владимир путин')).toEqual([putin]);
      expect(await store.findEntities('Putin')).toEqual([putin]);
      expect(await store.findEntities('Vlad')).toEqual([]);
      expect((await store.listEntities()).map((e) => e.id)).toEqual(['ent_putin', 'ent_kim', 'ent_dprk']);
      expect((await store.listEntities({ type: 'GPE' })).map((e) => e.id)).toEqual(['ent_dprk']);
      expect((await store.listEntities({ limit: 1 })).map((e) => e.id)).toEqual(['ent_putin']);
    });

    it('keeps entity indexes in sync on upsert, removal and merge', async () => {
      const kimA = entity('ent_kim_a', 'Kim Jong Un', { keys: ['name:kim jong un'], articles: [summit.id] });
      const kimB = entity('ent_kim_b', 'Kim', { keys: ['name:kim'], articles: [summit.id] });
      await store.commitArticle(
        emptyCommit(summit, {
          entities: [kimA, kimB],
          mentions: [mention(summit, 'ent_kim_a', 'Kim Jong Un'), mention(summit, 'ent_kim_b', 'Kim said')],
          quotes: [quote('q_kim', summit, 'the strongest treaty', 'ent_kim_b')],
        }),
      );
      // The resolver merges B into A with a second article: A gets B's alias and key, B is removed.
      const merged = entity('ent_kim_a', 'Kim Jong Un', {
        aliases: ['Kim'],
        keys: ['name:kim jong un', 'name:kim'],
        articles: [summit.id, port.id],
        mentions: 3,
      });
      await store.commitArticle(emptyCommit(port, { entities: [merged], removedEntities: ['ent_kim_b'], mergedInto: { ent_kim_b: 'ent_kim_a' } }));
      expect(await store.getEntity('ent_kim_b')).toBeNull();
      expect(await store.entitiesByKeys(['name:kim'])).toEqual([merged]);
      expect(await store.findEntities('kim')).toEqual([merged]);
      expect((await store.entitiesByArticle(port.id)).map((e) => e.id)).toEqual(['ent_kim_a']);
      expect((await store.listMentions({ article: summit.id })).map((m) => m.entity)).toEqual(['ent_kim_a', 'ent_kim_a']);
      expect((await store.listQuotes({ speaker: 'ent_kim_a' })).map((q) => [q.id, q.speaker])).toEqual([['q_kim', 'ent_kim_a']]);
      expect(await store.listQuotes({ speaker: 'ent_kim_b' })).toEqual([]);
      // An upsert that drops a key and an article removes them from the indexes.
      const narrowed = { ...merged, keys: ['name:kim jong un'], aliases: [], articles: [port.id] };
      await store.commitArticle(emptyCommit(festival, { entities: [narrowed] }));
      expect(await store.entitiesByKeys(['name:kim'])).toEqual([]);
      expect(await store.findEntities('Kim')).toEqual([]);
      expect(await store.entitiesByArticle(summit.id)).toEqual([]);
      expect(await store.entitiesByKeys(['name:kim jong un'])).toEqual([narrowed]);
    });

    it('stores mentions and lists them by article and entity', async () => {
      const mentions = [mention(summit, 'ent_putin', 'Putin', 1), mention(summit, 'ent_kim', 'Kim Jong Un'), mention(summit, 'ent_putin', 'Владимир Путин')];
      await store.commitArticle(emptyCommit(summit, { mentions }));
      const all = await store.listMentions({ article: summit.id });
      expect(all.map((m) => SUMMIT_TEXT.slice(m.start, m.end))).toEqual(['Владимир Путин', 'Kim Jong Un', 'Putin']);
      expect((await store.listMentions({ entity: 'ent_putin' })).length).toBe(2);
      expect(await store.listMentions({ entity: 'ent_none' })).toEqual([]);
    });

    it('reads events by key, article and id; upserts and removals keep indexes in sync', async () => {
      const visit = event('evt_visit', summit, 'arrived in Pyongyang', '2024-06-19', 'day', {
        keys: ['visit:pyongyang', 'day:2024-06-19'],
        actors: ['ent_putin'],
        targets: ['ent_dprk'],
      });
      const sign = event('evt_sign', summit, 'signed a partnership agreement', '2024-06-19', 'day', { type: 'AGREE', keys: ['agree:2024-06'] });
      await store.commitArticle(emptyCommit(summit, { events: [visit, sign], touchedEvents: [visit.id, sign.id] }));
      expect(await store.eventsByKeys(['visit:pyongyang', 'agree:2024-06'])).toEqual([sign, visit]);
      expect((await store.eventsByArticle(summit.id)).map((e) => e.id)).toEqual(['evt_sign', 'evt_visit']);
      expect(await store.getEvent('evt_visit')).toEqual(visit);
      expect(await store.getEvent('evt_none')).toBeNull();

      const visit2 = { ...visit, keys: ['visit:north korea'], articles: [summit.id, port.id], corroboration: 2 };
      await store.commitArticle(
        emptyCommit(port, {
          events: [visit2],
          removedEvents: ['evt_sign'],
          touchedEvents: ['evt_visit'],
          contradictions: [contradiction('con_date', 'evt_visit', 'date', [summit.id, port.id])],
        }),
      );
      expect(await store.eventsByKeys(['visit:pyongyang'])).toEqual([]);
      expect(await store.eventsByKeys(['visit:north korea'])).toEqual([visit2]);
      expect(await store.eventsByKeys(['agree:2024-06'])).toEqual([]);
      expect(await store.getEvent('evt_sign')).toBeNull();
      expect((await store.eventsByArticle(port.id)).map((e) => e.id)).toEqual(['evt_visit']);
      expect((await store.listEvents({ entity: 'ent_dprk' })).map((e) => e.id)).toEqual(['evt_visit']);
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
      await store.commitArticle(emptyCommit(a, { events: evs }));
      const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).map((e) => e.id);
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
      await expectCode(store.listEvents({ from: 'June 2024' }), 'E_DATE');
    });

    it('replaces the contradictions of touched events only', async () => {
      const ev1 = event('evt_1', port, 'began a 48-hour strike', '2024-06-17', 'day');
      const ev2 = event('evt_2', port, 'delay about 30 ships', null, null);
      await store.commitArticle(
        emptyCommit(port, {
          events: [ev1, ev2],
          touchedEvents: ['evt_1', 'evt_2'],
          contradictions: [contradiction('con_a', 'evt_1', 'date', [port.id]), contradiction('con_b', 'evt_2', 'count:ships', [port.id])],
        }),
      );
      await store.commitArticle(emptyCommit(shipping, { touchedEvents: ['evt_1'], contradictions: [contradiction('con_c', 'evt_1', 'place', [shipping.id])] }));
      expect((await store.listContradictions()).map((c) => c.id)).toEqual(['con_b', 'con_c']);
      expect((await store.listContradictions({ event: 'evt_1' })).map((c) => c.about)).toEqual(['place']);
    });

    it('lists quotes by speaker and article', async () => {
      const q1 = quote('q_1', port, 'We will not accept a pay cut while profits rise', 'ent_devries');
      const q2 = quote('q_2', summit, 'the strongest treaty', 'ent_kim');
      await store.commitArticle(emptyCommit(port, { quotes: [q1] }));
      await store.commitArticle(emptyCommit(summit, { quotes: [q2] }));
      expect(await store.listQuotes()).toEqual([q1, q2]);
      expect(await store.listQuotes({ speaker: 'ent_kim' })).toEqual([q2]);
      expect(await store.listQuotes({ article: port.id })).toEqual([q1]);
      expect(PORT_TEXT.slice(q1.start, q1.end)).toBe(q1.text);
    });

    it('stores stories and finds them by key', async () => {
      await store.commitArticle(emptyCommit(port, { story: story('sto_1', 'Rotterdam port strike', [port.id], ['strike', 'rotterdam']) }));
      const grown = story('sto_1', 'Rotterdam port strike', [port.id, shipping.id], ['strike', 'freight']);
      await store.commitArticle(emptyCommit(shipping, { story: grown }));
      expect(await store.storiesByKeys(['freight'])).toEqual([grown]);
      expect(await store.storiesByKeys(['rotterdam'])).toEqual([]);
      expect(await store.listStories()).toEqual([grown]);
    });

    it('finds near-duplicate candidates by signature band and lists duplicates', async () => {
      const sig = sigOf(4);
      await store.commitArticle(emptyCommit(port, { signature: sig }));
      await store.commitArticle(emptyCommit(shipping, { signature: sig.map((x) => x + 1), bands: ['custom:1', 'custom:2'] }));
      const copy = makeArticle(`${PORT_TEXT} `, { source: 'https://mirror.example/port' });
      await store.commitArticle(emptyCommit(copy, { signature: sig, duplicateOf: port.id }));
      const near = await store.articlesBySignatureBands([bandKeys(sig)[2]!, 'other']);
      expect(near).toEqual([
        { id: copy.id, signature: sig },
        { id: port.id, signature: sig },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect((await store.articlesBySignatureBands(['custom:2'])).map((c) => c.id)).toEqual([shipping.id]);
      expect(await store.articlesBySignatureBands([])).toEqual([]);
      expect(await store.duplicatesOf(port.id)).toEqual([copy.id]);
      expect(await store.duplicatesOf(copy.id)).toEqual([]);
    });

    it('searches clean text: offsets point at the match, best first, phrases, OR, stems', async () => {
      for (const a of [port, summit, festival, shipping]) await store.commitArticle(emptyCommit(a));
      const strike = await store.search('strike');
      expect(strike.map((h) => h.article)).toEqual([port.id, shipping.id]);
      for (const h of strike) {
        const text = h.article === port.id ? PORT_TEXT : SHIPPING_TEXT;
        expect(text.slice(h.start, h.end).toLowerCase()).toBe('strike');
        expect(h.snippet).toContain('strike');
        expect(h.score).toBeGreaterThan(0);
      }
      expect(strike[0]!.score).toBeGreaterThanOrEqual(strike[1]!.score);
      expect(strike[0]!.start).toBe(spanOf(PORT_TEXT, 'strike').start);
      expect(strike[0]!.title).toBe(port.title);
      expect(strike[0]!.matches!.length).toBeGreaterThanOrEqual(2);

      const phrase = await store.search('"container traffic"');
      expect(phrase.map((h) => h.article)).toEqual([port.id]);
      expect(PORT_TEXT.slice(phrase[0]!.start, phrase[0]!.end)).toBe('container traffic');
      expect((await store.search('"traffic container"')).length).toBe(0);

      expect((await store.search('Rotterdam Hamburg')).length).toBe(0);
      expect((await store.search('Rotterdam OR Hamburg')).map((h) => h.article).sort()).toEqual([port.id, shipping.id].sort());

      const stem = await store.search('visiting');
      expect(stem.map((h) => h.article)).toContain(summit.id);
    });

    it('searches Unicode text with correct UTF-16 offsets', async () => {
      await store.commitArticle(emptyCommit(summit));
      await store.commitArticle(emptyCommit(festival));
      const ru = await store.search('Пхеньян');
      expect(ru.map((h) => h.article)).toEqual([summit.id]);
      expect(SUMMIT_TEXT.slice(ru[0]!.start, ru[0]!.end)).toBe('Пхеньян');
      const sp = await store.search('Paulo');
      expect(sp.map((h) => h.article)).toEqual([festival.id]);
      expect(FESTIVAL_TEXT.slice(sp[0]!.start, sp[0]!.end)).toBe('Paulo');
      const accent = await store.search('Sao');
      expect(FESTIVAL_TEXT.slice(accent[0]!.start, accent[0]!.end)).toBe('São');
      const cafe = await store.search('cafe');
      expect(FESTIVAL_TEXT.slice(cafe[0]!.start, cafe[0]!.end)).toBe('Café');
    });

    it('never fails on odd queries', async () => {
      await store.commitArticle(emptyCommit(port));
      expect(await store.search('')).toEqual([]);
      expect(await store.search('  "" ( ) * : ^ ')).toEqual([]);
      expect((await store.search('Rotterdam" AND (NEAR')).length).toBeLessThanOrEqual(1);
      expect((await store.search("employers' 4 percent")).map((h) => h.article)).toEqual([port.id]);
      expect((await store.search('strike', { limit: 0 })).length).toBe(0);
    });

    it('sets the publication date later', async () => {
      await store.commitArticle(emptyCommit(festival));
      const published = { date: '2024-06-15', basis: 'user' as const, how: 'supplied by the user' };
      await store.setPublished(festival.id, published);
      expect((await store.getArticle(festival.id))!.article.published).toEqual(published);
      expect((await store.listArticles())[0]!.published).toEqual(published);
      await expectCode(store.setPublished('art_missing', published), 'E_NOT_FOUND');
    });

    it('re-committing the same article replaces what it owns', async () => {
      const q = quote('q_1', port, 'We will not accept a pay cut while profits rise', null);
      await store.commitArticle(emptyCommit(port, { quotes: [q], mentions: [mention(port, 'ent_a', 'Rotterdam')], signature: sigOf(2) }));
      const redated = { ...port, published: { date: '2024-06-10', basis: 'user' as const } };
      await store.commitArticle(emptyCommit(redated, { supersedes: port.id, mentions: [mention(port, 'ent_b', 'Rotterdam', 1)], signature: sigOf(3) }));
      const got = await store.getArticle(port.id);
      expect(got!.current).toBe(true);
      expect(got!.article.published.date).toBe('2024-06-10');
      expect(got!.ingestedAt).toBe(FIXED_NOW);
      expect(await store.listQuotes()).toEqual([]);
      expect((await store.listMentions()).map((m) => m.entity)).toEqual(['ent_b']);
      expect(await store.articlesBySignatureBands(bandKeys(sigOf(2)))).toEqual([]);
      expect((await store.articlesBySignatureBands(bandKeys(sigOf(3)))).map((c) => c.id)).toEqual([port.id]);
      expect((await store.search('Rotterdam')).map((h) => h.article)).toEqual([port.id]);
      expect(await store.listArticles()).toHaveLength(1);
    });

    it('serialises concurrent commits', async () => {
      const articles = Array.from({ length: 6 }, (_, i) => makeArticle(`Report number ${i} about the harbour strike.`, { source: `https://news.example/r${i}` }));
      await Promise.all(
        articles.map((a, i) =>
          store.commitArticle(emptyCommit(a, { entities: [entity('ent_shared', 'Harbour', { type: 'FAC', keys: [`k${i}`], articles: [a.id] })] })),
        ),
      );
      expect(await store.listArticles()).toHaveLength(6);
      expect((await store.search('harbour')).length).toBe(6);
      expect((await store.listEntities()).length).toBe(1);
    });
  });
}
