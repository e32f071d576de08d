import type { Article } from '../core/article.ts';
import type { EntityRecord, EventRecord, QuoteRecord } from '../core/corpus.ts';
import { DossierError } from '../core/errors.ts';
import type { Store } from '../store/types.ts';
import {
  exportArticle,
  exportContradiction,
  exportEntity,
  exportEvent,
  exportMention,
  exportQuote,
  type TextOf,
} from './records.ts';
import { exportTimeline } from './timeline.ts';
import { EXPORT_SCHEMA_ID, type DossierExport, type ExportFilter } from './types.ts';

/**
 * Builds the whole export from a store. Without a filter it holds every current article and every
 * record. With `entity`, `from` or `to` it holds the events the store's `listEvents` selects, and
 * what they need: the articles their evidence is in, the quotes of those articles, the entities
 * they name, and the contradictions about them. Records are sorted so the output is stable.
 */
export async function buildExport(store: Store, options: ExportFilter = {}): Promise<DossierExport> {
  const from = checkDate(options.from, 'from');
  const to = checkDate(options.to, 'to');
  const entityIds = options.entity ? await resolveEntity(store, options.entity) : null;
  const filtered = entityIds !== null || from !== undefined || to !== undefined;

  const events = filtered ? await filteredEvents(store, entityIds, from, to) : [...(await store.listEvents())];
  events.sort(compareEvents);
  const eventIds = new Set(events.map((e) => e.id));

  // Without a filter every current article; with one, the articles the kept events cite.
  const articleIds = new Set<string>(filtered ? [] : (await store.listArticles()).map((a) => a.id));
  for (const e of events) for (const m of e.mentions) articleIds.add(m.article);

  const quotes = (await store.listQuotes()).filter((q) => !filtered || articleIds.has(q.article));
  const contradictions = (await store.listContradictions()).filter(
    (c) => !filtered || (c.event !== null ? eventIds.has(c.event) : c.claims.some((cl) => cl.articles.some((a) => articleIds.has(a)))),
  );
  // Whatever a kept record cites must be exported too, so every span can be checked.
  for (const q of quotes) articleIds.add(q.article);
  for (const c of contradictions) for (const cl of c.claims) for (const e of cl.evidence) articleIds.add(e.article);

  const articles = await fetchArticles(store, articleIds);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const textOf: TextOf = (id) => texts.get(id);

  const entities = filtered ? await referencedEntities(store, entityIds ?? [], events, quotes) : [...(await store.listEntities())];
  // Code-unit order, not localeCompare: the output must not depend on the machine's locale.
  entities.sort((a, b) => b.mentions - a.mentions || cmp(a.name, b.name) || cmp(a.id, b.id));
  // Where the exported articles name the exported entities.
  const exportedEntities = new Set(entities.map((e) => e.id));
  const mentions = (await store.listMentions())
    .filter((m) => articleIds.has(m.article) && exportedEntities.has(m.entity))
    .sort((a, b) => cmp(a.article, b.article) || a.start - b.start || a.end - b.end || cmp(a.entity, b.entity));

  return {
    schema: EXPORT_SCHEMA_ID,
    filter: { entity: options.entity ?? null, from: from ?? null, to: to ?? null },
    articles: articles.map(exportArticle),
    entities: entities.map(exportEntity),
    mentions: mentions.map((m) => exportMention(m, textOf)),
    events: events.map((e) => exportEvent(e, textOf)),
    quotes: [...quotes].sort(compareQuotes).map((q) => exportQuote(q, textOf)),
    contradictions: [...contradictions].sort((a, b) => cmp(a.id, b.id)).map((c) => exportContradiction(c, textOf)),
    timeline: exportTimeline(events),
  };
}

const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `from`/`to` are ISO prefixes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); anything else is a usage error. */
export function checkDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!ISO_PREFIX.test(value)) {
    throw new DossierError('E_USAGE', `${name} "${value}" is not a date`, {
      subject: name,
      fix: `Give ${name} as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06.`,
    });
  }
  return value;
}

/** An entity id, or else every entity whose name or alias matches. */
export async function resolveEntity(store: Store, entity: string): Promise<string[]> {
  const byId = await store.getEntity(entity);
  if (byId) return [byId.id];
  const byName = await store.findEntities(entity);
  if (byName.length === 0) {
    throw new DossierError('E_NOT_FOUND', `no entity "${entity}"`, {
      subject: entity,
      fix: 'Give an entity id or a name listed by `dossier entities` (or GET /api/entities).',
    });
  }
  return byName.map((e) => e.id);
}

export async function filteredEvents(
  store: Store,
  entityIds: readonly string[] | null,
  from: string | undefined,
  to: string | undefined,
): Promise<EventRecord[]> {
  const lists = entityIds === null
    ? [await store.listEvents({ from, to })]
    : await Promise.all(entityIds.map((entity) => store.listEvents({ entity, from, to })));
  const byId = new Map<string, EventRecord>();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  return [...byId.values()];
}

async function fetchArticles(store: Store, ids: ReadonlySet<string>): Promise<Article[]> {
  const articles: Article[] = [];
  for (const id of ids) {
    const stored = await store.getArticle(id);
    if (stored) articles.push(stored.article);
  }
  return articles.sort((a, b) => cmpNullable(a.published.date, b.published.date) || cmp(a.id, b.id));
}

async function referencedEntities(
  store: Store,
  seed: readonly string[],
  events: readonly EventRecord[],
  quotes: readonly QuoteRecord[],
): Promise<EntityRecord[]> {
  const ids = new Set<string>(seed);
  for (const e of events) for (const id of [...e.actors, ...e.targets]) ids.add(id);
  for (const q of quotes) for (const id of q.speakers) ids.add(id);
  const out: EntityRecord[] = [];
  for (const id of ids) {
    const e = await store.getEntity(id);
    if (e) out.push(e);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated before undated; then by the ISO string, which sorts chronologically at any precision. */
function cmpNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return cmp(a, b);
}

export function compareEvents(a: EventRecord, b: EventRecord): number {
  return cmpNullable(a.date, b.date) || cmp(a.id, b.id);
}

function compareQuotes(a: QuoteRecord, b: QuoteRecord): number {
  return cmp(a.article, b.article) || a.start - b.start || a.end - b.end;
}
