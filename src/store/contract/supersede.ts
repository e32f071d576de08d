import { expect, it } from 'vitest';
import type { ResolveResult } from '../../resolve/index.ts';
import { combineWithdrawal, withdrawEntities } from '../../resolve/withdraw.ts';
import { LINKER, emptyCommit, entity, makeArticle, mention, quote, story } from '../fixtures.ts';
import type { ArticleCommit } from '../types.ts';
import { summit, type GetStore } from './shared.ts';

const V1_TEXT = 'Putin met Kim in Pyongyang. Kim said the talks went well. Putin left on Thursday.';
const V2_TEXT = 'Putin met officials in Pyongyang. Putin left on Thursday.';
const V3_TEXT = 'Putin met officials in Pyongyang on Wednesday.';

/**
 * Superseding a version withdraws everything corpus-level it contributed, through the Store reads
 * the runner uses (`entitiesByArticle`, `listMentions({ article })`) and one commit, while the old
 * version stays stored for `show`.
 */
export function supersedeContract(store: GetStore): void {
  it('withdraws a superseded version from entities, mentions, quotes and stories, keeping it stored', async () => {
    const source = 'https://news.example/pyongyang-live';
    const v1 = makeArticle(V1_TEXT, { source });
    const v2 = makeArticle(V2_TEXT, { source });
    const v3 = makeArticle(V3_TEXT, { source });
    const putin = entity('ent_putin', 'Vladimir Putin', { keys: ['name:putin'], articles: [summit.id], mentions: 3 });
    await store().commitArticle(emptyCommit(summit, { entities: [putin], story: story('sto_summit', 'Summit', [summit.id], ['ent_putin']) }));

    const v1Mentions = [mention(v1, 'ent_putin', 'Putin'), mention(v1, 'ent_kim', 'Kim'), mention(v1, 'ent_kim', 'Kim', 1), mention(v1, 'ent_putin', 'Putin', 1)];
    await store().commitArticle(
      emptyCommit(v1, {
        entities: [
          { ...putin, articles: [summit.id, v1.id].sort(), mentions: 5, roles: [{ article: v1.id, start: 0, end: 5, role: 'president', date: null }] },
          entity('ent_kim', 'Kim Jong Un', { keys: ['name:kim'], articles: [v1.id], mentions: 2 }),
        ],
        mentions: v1Mentions,
        quotes: [quote('q_v1', v1, 'the talks went well', 'ent_kim')],
        story: story('sto_v1', 'Pyongyang talks', [v1.id], ['ent_kim']),
      }),
    );

    // v2 drops Kim and mentions Putin twice: it goes to the summit story.
    const w2 = withdrawEntities(await store().entitiesByArticle(v1.id), await store().listMentions({ article: v1.id }), v1.id);
    expect(w2.emptied).toEqual(['ent_kim']);
    const putin2 = w2.entities.find((e) => e.id === 'ent_putin')!;
    expect(putin2).toMatchObject({ articles: [summit.id], mentions: 3, roles: [] });
    const v2Mentions = [mention(v2, 'ent_putin', 'Putin'), mention(v2, 'ent_putin', 'Putin', 1)];
    const resolved2 = resolvedWith([{ ...putin2, articles: [summit.id, v2.id].sort(), mentions: 5 }], v2Mentions);
    await store().commitArticle(commitOf(v2, v1.id, { ...combineWithdrawal(w2, resolved2), mentions: v2Mentions, story: story('sto_summit', 'Summit', [summit.id, v2.id], ['ent_putin']) }));

    expect((await store().listEntities()).map((e) => [e.id, e.articles, e.mentions])).toEqual([['ent_putin', [summit.id, v2.id].sort(), 5]]);
    expect(await store().getEntity('ent_kim')).toBeNull();
    expect(await store().findEntities('Kim Jong Un')).toEqual([]);
    expect(await store().entitiesByArticle(v1.id)).toEqual([]);
    expect(await store().entitiesByKeys(['name:kim'])).toEqual([]);
    expect((await store().listMentions()).map((m) => m.article)).toEqual([v2.id, v2.id]);
    expect(await store().listMentions({ entity: 'ent_kim' })).toEqual([]);
    expect(await store().listQuotes()).toEqual([]);
    expect((await store().listStories()).map((s) => [s.id, s.articles])).toEqual([['sto_summit', [summit.id, v2.id]]]);
    // The superseded version itself, with its own mentions and quotes, stays readable.
    const old = await store().getArticle(v1.id);
    expect([old!.current, old!.article.text]).toEqual([false, V1_TEXT]);
    expect(await store().listMentions({ article: v1.id })).toEqual(v1Mentions.slice().sort((a, b) => a.start - b.start));
    expect((await store().listQuotes({ article: v1.id })).map((q) => q.id)).toEqual(['q_v1']);

    // v3 supersedes v2 and stays in the same story: the story lists v3 in v2's place.
    const w3 = withdrawEntities(await store().entitiesByArticle(v2.id), await store().listMentions({ article: v2.id }), v2.id);
    expect(w3.entities.map((e) => [e.id, e.articles, e.mentions])).toEqual([['ent_putin', [summit.id], 3]]);
    const v3Mentions = [mention(v3, 'ent_putin', 'Putin')];
    const resolved3 = resolvedWith([{ ...w3.entities[0]!, articles: [summit.id, v3.id].sort(), mentions: 4 }], v3Mentions);
    await store().commitArticle(
      commitOf(v3, v2.id, { ...combineWithdrawal(w3, resolved3), mentions: v3Mentions, story: story('sto_summit', 'Summit', [summit.id, v2.id, v3.id], ['ent_putin']) }),
    );
    expect((await store().listEntities()).map((e) => [e.id, e.articles, e.mentions])).toEqual([['ent_putin', [summit.id, v3.id].sort(), 4]]);
    expect((await store().listStories()).map((s) => [s.id, s.articles])).toEqual([['sto_summit', [summit.id, v3.id]]]);
    expect((await store().listArticles({ includeSuperseded: true })).map((a) => [a.id, a.current])).toEqual([
      [summit.id, true],
      [v1.id, false],
      [v2.id, false],
      [v3.id, true],
    ]);
  });

  it('reads entities by link target, in sync on upsert and removal', async () => {
    const ru = entity('ent_ru', 'Russia', { type: 'GPE', keys: ['gpe:russia'], mentions: 0 });
    await store().commitArticle(emptyCommit(summit, { entities: [ru, LINKER] }));
    expect(await store().entitiesLinkingTo(['ent_ru', 'ent_none'])).toEqual([LINKER]);
    expect(await store().entitiesLinkingTo([])).toEqual([]);
    await store().commitArticle(emptyCommit(v1Article(), { entities: [{ ...LINKER, links: [] }] }));
    expect(await store().entitiesLinkingTo(['ent_ru'])).toEqual([]);
    await store().commitArticle(emptyCommit(v2Article(), { entities: [LINKER] }));
    expect(await store().entitiesLinkingTo(['ent_ru'])).toEqual([LINKER]);
    await store().commitArticle(emptyCommit(v3Article(), { removedEntities: [LINKER.id] }));
    expect(await store().entitiesLinkingTo(['ent_ru'])).toEqual([]);
  });

  it('a commit that supersedes its own article (redate) keeps its story membership', async () => {
    const s = story('sto_summit', 'Summit', [summit.id], ['ent_putin']);
    await store().commitArticle(emptyCommit(summit, { story: s }));
    await store().commitArticle(emptyCommit(summit, { supersedes: summit.id, story: s }));
    expect(await store().listStories()).toEqual([s]);
    expect((await store().getArticle(summit.id))!.current).toBe(true);
  });
}

const v1Article = () => makeArticle(V1_TEXT);
const v2Article = () => makeArticle(V2_TEXT);
const v3Article = () => makeArticle(V3_TEXT);

function resolvedWith(entities: ResolveResult['entities'], mentions: ResolveResult['mentions']): ResolveResult {
  return { assignments: new Map(), entities, removedEntities: [], mentions };
}

function commitOf(article: ArticleCommit['article'], supersedes: string, rest: Partial<ArticleCommit>): ArticleCommit {
  return emptyCommit(article, { supersedes, ...rest });
}
