import { expect, it } from 'vitest';
import { bandKeys } from '../../fuse/minhash.ts';
import { FIXED_NOW, PORT_TEXT, SAMPLE_DIAGNOSTICS, contradiction, emptyCommit, entity, event, layersFor, makeArticle, mention, quote, story } from '../fixtures.ts';
import { port, summit, festival, sigOf, expectCode, type GetStore } from './shared.ts';

/** Articles: commit, read back, supersede, atomicity, redate, concurrency. */
export function articleContract(store: GetStore): void {
  it('migrate() is idempotent and keeps data', async () => {
    await store().commitArticle(emptyCommit(port));
    await store().migrate();
    await store().migrate();
    expect(await store().articleIdByHash(port.contentHash)).toBe(port.id);
  });

  it('round-trips an article with its layers and diagnostics', async () => {
    const layers = layersFor(PORT_TEXT, ['Marieke de Vries']);
    await store().commitArticle(emptyCommit(port, { layers, diagnostics: SAMPLE_DIAGNOSTICS }));
    const got = await store().getArticle(port.id);
    expect(got).not.toBeNull();
    expect(got!.article).toEqual(port);
    expect(got!.layers).toEqual(layers);
    expect(got!.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
    expect(got!.current).toBe(true);
    expect(got!.ingestedAt).toBe(FIXED_NOW);
    expect(await store().getArticle('art_doesnotexist')).toBeNull();
  });

  it('stores hostile strings verbatim (quotes, backslashes, placeholders, SQL, astral characters)', async () => {
    const nasty = `O'Brien said "it's fine" \\ C:\\path\\n ? $1 :name; DROP TABLE articles; -- ’‘ 😀 \u00e9\u0301 ${'\u200b'}end`;
    const a = makeArticle(`${nasty}\n\nSecond paragraph with ? and $2.`, { title: nasty, source: `https://x.example/?q='${nasty}'`, authors: [nasty] });
    const e = entity('ent_nasty', nasty, { aliases: [`${nasty}?`], keys: [nasty], articles: [a.id] });
    await store().commitArticle(
      emptyCommit(a, {
        entities: [e],
        layers: { sentences: [{ start: 0, end: nasty.length }] },
        diagnostics: [{ severity: 'info', origin: 'test', rule: nasty, message: nasty }],
        quotes: [quote('q_nasty', a, "it's fine", nasty)],
      }),
    );
    const got = await store().getArticle(a.id);
    expect(got!.article).toEqual(a);
    expect(got!.diagnostics[0]!.message).toBe(nasty);
    expect(await store().entitiesByKeys([nasty])).toEqual([e]);
    expect(await store().findEntities(nasty.toUpperCase())).toEqual([e]);
    expect((await store().listQuotes({ speaker: nasty })).map((q) => q.id)).toEqual(['q_nasty']);
    expect((await store().currentArticleBySource(a.source))!.id).toBe(a.id);
  });

  it('finds articles by hash and by source, and lists summaries in ingest order', async () => {
    await store().commitArticle(emptyCommit(summit));
    await store().commitArticle(emptyCommit(port));
    expect(await store().articleIdByHash(summit.contentHash)).toBe(summit.id);
    expect(await store().articleIdByHash('0'.repeat(64))).toBeNull();
    const bySource = await store().currentArticleBySource(port.source);
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
    expect(await store().currentArticleBySource('https://news.example/none')).toBeNull();
    expect((await store().listArticles()).map((a) => a.id)).toEqual([summit.id, port.id]);
  });

  it('gets an article by a unique id prefix and refuses an ambiguous one', async () => {
    const a = makeArticle('First text about a harbour.', { id: 'art_aaaa1111' });
    const b = makeArticle('Second text about a harbour.', { id: 'art_aaaa2222' });
    await store().commitArticle(emptyCommit(a));
    await store().commitArticle(emptyCommit(b));
    expect((await store().getArticle('art_aaaa1'))!.article.id).toBe(a.id);
    expect((await store().getArticle('art_aaaa2'))!.article.text).toBe(b.text);
    await expectCode(store().getArticle('art_aaaa'), 'E_USAGE');
    expect(await store().getArticle('art_b')).toBeNull();
    expect(await store().getArticle('')).toBeNull();
  });

  it('supersedes an older version: kept, not current, out of listings and search', async () => {
    const v1 = makeArticle(PORT_TEXT, { source: 'https://news.example/port-live' });
    const v2Text = `${PORT_TEXT}\n\nUpdate: the strike ended early on Tuesday evening.`;
    const v2 = makeArticle(v2Text, { source: v1.source });
    await store().commitArticle(emptyCommit(v1, { quotes: [quote('q1', v1, 'We will not accept a pay cut while profits rise', null)] }));
    await store().commitArticle(emptyCommit(v2, { supersedes: v1.id, quotes: [quote('q2', v2, 'We will not accept a pay cut while profits rise', null)] }));
    const old = await store().getArticle(v1.id);
    expect(old!.current).toBe(false);
    expect(old!.article.text).toBe(PORT_TEXT);
    expect((await store().currentArticleBySource(v1.source))!.id).toBe(v2.id);
    expect((await store().listArticles()).map((a) => a.id)).toEqual([v2.id]);
    expect((await store().listArticles({ includeSuperseded: true })).map((a) => [a.id, a.current])).toEqual([
      [v1.id, false],
      [v2.id, true],
    ]);
    expect((await store().search('Rotterdam')).map((h) => h.article)).toEqual([v2.id]);
    expect((await store().listQuotes()).map((q) => q.id)).toEqual(['q2']);
    expect((await store().listQuotes({ article: v1.id })).map((q) => q.id)).toEqual(['q1']);
  });

  it('rejects superseding an unknown article and writes nothing', async () => {
    await expectCode(store().commitArticle(emptyCommit(port, { supersedes: 'art_missing' })), 'E_STORE');
    expect(await store().articleIdByHash(port.contentHash)).toBeNull();
  });

  it('commitArticle is all or nothing: a failure midway leaves no trace', async () => {
    await store().commitArticle(emptyCommit(summit, { entities: [entity('ent_putin', 'Vladimir Putin', { articles: [summit.id] })] }));
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
    await expectCode(store().commitArticle(bad), 'E_STORE');
    expect(await store().articleIdByHash(port.contentHash)).toBeNull();
    expect(await store().getArticle(port.id)).toBeNull();
    expect(await store().getEntity('ent_union')).toBeNull();
    expect(await store().entitiesByKeys(['name:putin-updated'])).toEqual([]);
    expect((await store().getEntity('ent_putin'))!.articles).toEqual([summit.id]);
    expect(await store().getEvent(ev.id)).toBeNull();
    expect(await store().listContradictions()).toEqual([]);
    expect(await store().listStories()).toEqual([]);
    expect(await store().listMentions()).toEqual([]);
    expect(await store().search('Rotterdam')).toEqual([]);
    expect(await store().articlesBySignatureBands(bandKeys(sigOf(1)))).toEqual([]);
    // The same commit, fixed, then goes through.
    await store().commitArticle({ ...bad, quotes: [quote('q_ok', port, 'We will not accept a pay cut', null)] });
    expect((await store().getEntity('ent_union'))!.name).toBe('FNV Havens');
  });

  it('sets the publication date later', async () => {
    await store().commitArticle(emptyCommit(festival));
    const published = { date: '2024-06-15', basis: 'user' as const, how: 'supplied by the user' };
    await store().setPublished(festival.id, published);
    expect((await store().getArticle(festival.id))!.article.published).toEqual(published);
    expect((await store().listArticles())[0]!.published).toEqual(published);
    await expectCode(store().setPublished('art_missing', published), 'E_NOT_FOUND');
  });

  it('re-committing the same article replaces what it owns', async () => {
    const q = quote('q_1', port, 'We will not accept a pay cut while profits rise', null);
    await store().commitArticle(emptyCommit(port, { quotes: [q], mentions: [mention(port, 'ent_a', 'Rotterdam')], signature: sigOf(2) }));
    const redated = { ...port, published: { date: '2024-06-10', basis: 'user' as const } };
    await store().commitArticle(emptyCommit(redated, { supersedes: port.id, mentions: [mention(port, 'ent_b', 'Rotterdam', 1)], signature: sigOf(3) }));
    const got = await store().getArticle(port.id);
    expect(got!.current).toBe(true);
    expect(got!.article.published.date).toBe('2024-06-10');
    expect(got!.ingestedAt).toBe(FIXED_NOW);
    expect(await store().listQuotes()).toEqual([]);
    expect((await store().listMentions()).map((m) => m.entity)).toEqual(['ent_b']);
    expect(await store().articlesBySignatureBands(bandKeys(sigOf(2)))).toEqual([]);
    expect((await store().articlesBySignatureBands(bandKeys(sigOf(3)))).map((c) => c.id)).toEqual([port.id]);
    expect((await store().search('Rotterdam')).map((h) => h.article)).toEqual([port.id]);
    expect(await store().listArticles()).toHaveLength(1);
  });

  it('serialises concurrent commits', async () => {
    const articles = Array.from({ length: 6 }, (_, i) => makeArticle(`Report number ${i} about the harbour strike.`, { source: `https://news.example/r${i}` }));
    await Promise.all(
      articles.map((a, i) =>
        store().commitArticle(emptyCommit(a, { entities: [entity('ent_shared', 'Harbour', { type: 'FAC', keys: [`k${i}`], articles: [a.id] })] })),
      ),
    );
    expect(await store().listArticles()).toHaveLength(6);
    expect((await store().search('harbour')).length).toBe(6);
    expect((await store().listEntities()).length).toBe(1);
  });
}
