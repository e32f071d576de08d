import type { EventRecord } from '../core/corpus.ts';
import type { Store } from '../store/types.ts';

/**
 * The part of the corpus a batch can change for the corpus date passes that follow integration
 * (clock times on their occasion's day, events "during the visit" on the visit's day). Those passes
 * re-date an article's events from the fused records its own mentions belong to; a record changes
 * only when a mention of a changed article joins or leaves it. So the articles to revisit are the
 * changed ones and every article that shares a record with them, and the records to read are all of
 * those articles' records. Reading this neighbourhood instead of every record keeps a batch's cost
 * proportional to the story it touches, not to the corpus.
 */
export interface CorpusScope {
  /** Article ids whose records are all in `records`: only these may be re-dated. */
  readonly articles: ReadonlySet<string>;
  /** Every record with a mention in one of `articles`, sorted by id. */
  readonly records: readonly EventRecord[];
}

export async function scopeOf(store: Pick<Store, 'eventsByArticle'>, changed: Iterable<string>): Promise<CorpusScope> {
  const first = new Map<string, EventRecord>();
  const seeds = new Set(changed);
  for (const id of [...seeds].sort()) for (const r of await store.eventsByArticle(id)) first.set(r.id, r);
  const articles = new Set(seeds);
  for (const r of first.values()) for (const m of r.mentions) articles.add(m.article);
  const records = new Map(first);
  for (const id of [...articles].sort()) {
    if (seeds.has(id)) continue;
    for (const r of await store.eventsByArticle(id)) records.set(r.id, r);
  }
  return { articles, records: [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** The whole corpus as a scope (every article with an event, every record). */
export async function wholeCorpus(store: Store): Promise<CorpusScope> {
  const records = await store.listEvents();
  return { articles: new Set(records.flatMap((r) => r.mentions.map((m) => m.article))), records };
}
