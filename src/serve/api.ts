import { buildExport, checkDate, compareEvents, filteredEvents, resolveEntity } from '../export/build.ts';
import { exportArticle, exportContradiction, exportEntity, exportEvent, exportMention, exportQuote } from '../export/records.ts';
import { exportTimeline } from '../export/timeline.ts';
import { jsonlLines } from '../export/write.ts';
import { markdownLines } from '../export/markdown.ts';
import type { EventRecord } from '../core/corpus.ts';
import type { Store } from '../store/types.ts';
import { badRequest, intParam, notFound, strParam } from './http.ts';
import { ArticleTexts, articlesOfContradictions, articlesOfEvents, articlesOfQuotes } from './texts.ts';

/**
 * The JSON API (docs/api.md). Each handler takes the path parameters and the query, and returns
 * either a JSON body or a stream of chunks (the export). Errors are thrown as DossierError and
 * turned into `{error: {code, message, fix}}` by the server.
 */
export type ApiResult =
  | { readonly kind: 'json'; readonly body: unknown }
  | { readonly kind: 'chunks'; readonly contentType: string; readonly chunks: Iterable<string> };

export interface ApiRequest {
  readonly params: readonly string[];
  readonly query: URLSearchParams;
}

export interface Route {
  readonly pattern: RegExp;
  readonly handle: (req: ApiRequest) => Promise<ApiResult>;
}

const json = (body: unknown): ApiResult => ({ kind: 'json', body });
const MAX_LIMIT = 10_000;
const ENTITY_FIX = 'List entities with GET /api/entities.';

export function apiRoutes(store: Store): readonly Route[] {
  const texts = new ArticleTexts(store);

  async function events(records: readonly EventRecord[]) {
    const textOf = await texts.load(articlesOfEvents(records));
    return [...records].sort(compareEvents).map((e) => exportEvent(e, textOf));
  }

  async function selectEvents(query: URLSearchParams): Promise<EventRecord[]> {
    const entity = strParam(query, 'entity');
    const from = checkDate(strParam(query, 'from'), 'from');
    const to = checkDate(strParam(query, 'to'), 'to');
    const type = strParam(query, 'type');
    const ids = entity === undefined ? null : await resolveEntity(store, entity);
    const all = await filteredEvents(store, ids, from, to);
    return type === undefined ? all : all.filter((e) => e.type === type);
  }

  return [
    {
      pattern: /^\/api\/articles$/,
      handle: async ({ query }) => json({ articles: await store.listArticles({ includeSuperseded: query.get('all') === '1' }) }),
    },
    {
      pattern: /^\/api\/articles\/([^/]+)$/,
      handle: async ({ params: [id] }) => {
        const stored = await store.getArticle(id);
        if (!stored) throw notFound('article', id, 'List articles with GET /api/articles.');
        return json({
          article: { ...exportArticle(stored.article), metadataSources: stored.article.metadataSources },
          current: stored.current,
          ingestedAt: stored.ingestedAt,
          diagnostics: stored.diagnostics,
          layers: stored.layers,
        });
      },
    },
    {
      pattern: /^\/api\/entities$/,
      handle: async ({ query }) => {
        const q = strParam(query, 'q');
        const list = q === undefined
          ? await store.listEntities({ type: strParam(query, 'type'), limit: intParam(query, 'limit', MAX_LIMIT) })
          : await store.findEntities(q);
        return json({ entities: list.map(exportEntity) });
      },
    },
    {
      pattern: /^\/api\/entities\/([^/]+)$/,
      handle: async ({ params: [id] }) => {
        const entity = await store.getEntity(id);
        if (!entity) throw notFound('entity', id, ENTITY_FIX);
        const quotes = await store.listQuotes({ speaker: entity.id });
        const mentions = await store.listMentions({ entity: entity.id });
        const textOf = await texts.load([...articlesOfQuotes(quotes), ...mentions.map((m) => m.article)]);
        return json({
          entity: exportEntity(entity),
          mentions: mentions.map((m) => exportMention(m, textOf)),
          events: await events(await store.listEvents({ entity: entity.id })),
          quotes: quotes.map((q) => exportQuote(q, textOf)),
        });
      },
    },
    {
      pattern: /^\/api\/events$/,
      handle: async ({ query }) => {
        const limit = intParam(query, 'limit', MAX_LIMIT);
        const list = await events(await selectEvents(query));
        return json({ events: limit === undefined ? list : list.slice(0, limit) });
      },
    },
    {
      pattern: /^\/api\/events\/([^/]+)$/,
      handle: async ({ params: [id] }) => {
        const event = await store.getEvent(id);
        if (!event) throw notFound('event', id, 'List events with GET /api/events.');
        const contradictions = await store.listContradictions({ event: event.id });
        const textOf = await texts.load(articlesOfContradictions(contradictions));
        return json({ event: (await events([event]))[0], contradictions: contradictions.map((c) => exportContradiction(c, textOf)) });
      },
    },
    {
      pattern: /^\/api\/quotes$/,
      handle: async ({ query }) => {
        const quotes = await store.listQuotes({ speaker: strParam(query, 'speaker'), article: strParam(query, 'article') });
        const textOf = await texts.load(articlesOfQuotes(quotes));
        return json({ quotes: quotes.map((q) => exportQuote(q, textOf)) });
      },
    },
    {
      pattern: /^\/api\/contradictions$/,
      handle: async () => {
        const list = await store.listContradictions();
        const textOf = await texts.load(articlesOfContradictions(list));
        return json({ contradictions: list.map((c) => exportContradiction(c, textOf)) });
      },
    },
    {
      pattern: /^\/api\/timeline$/,
      handle: async ({ query }) => {
        const selected = (await selectEvents(query)).sort(compareEvents);
        return json({ timeline: exportTimeline(selected), events: await events(selected) });
      },
    },
    {
      pattern: /^\/api\/search$/,
      handle: async ({ query }) => {
        const q = strParam(query, 'q');
        if (q === undefined) throw badRequest('q is missing', 'q', 'Give the words to search for, e.g. /api/search?q=summit.');
        return json({ hits: await store.search(q, { limit: intParam(query, 'limit', 200) }) });
      },
    },
    {
      pattern: /^\/api\/export$/,
      handle: async ({ query }) => {
        const format = strParam(query, 'format') ?? 'json';
        if (format !== 'json' && format !== 'jsonl' && format !== 'md') {
          throw badRequest(`unknown export format "${format}"`, 'format', 'Use format=json, jsonl or md (CSV is on the command line: dossier export --format csv).');
        }
        const exp = await buildExport(store, { entity: strParam(query, 'entity'), from: strParam(query, 'from'), to: strParam(query, 'to') });
        switch (format) {
          case 'json':
            return json(exp);
          case 'jsonl':
            return { kind: 'chunks', contentType: 'application/x-ndjson; charset=utf-8', chunks: jsonlLines(exp) };
          case 'md':
            return { kind: 'chunks', contentType: 'text/markdown; charset=utf-8', chunks: markdownLines(exp) };
        }
      },
    },
  ];
}
