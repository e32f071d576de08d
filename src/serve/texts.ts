import type { Contradiction, EventRecord, QuoteRecord } from '../core/corpus.ts';
import type { TextOf } from '../export/records.ts';
import type { Store } from '../store/types.ts';

/**
 * Clean texts by article id, read from the store once. An article id is derived from its content,
 * and the clean text never changes after `clean`, so a cached text can never go stale.
 */
export class ArticleTexts {
  readonly #store: Store;
  readonly #texts = new Map<string, string>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** Loads the texts of these articles (those not cached yet) and returns a lookup over the cache. */
  async load(ids: Iterable<string>): Promise<TextOf> {
    for (const id of new Set(ids)) {
      if (this.#texts.has(id)) continue;
      const stored = await this.#store.getArticle(id);
      if (stored) this.#texts.set(id, stored.article.text);
    }
    return (id) => this.#texts.get(id);
  }
}

export function articlesOfEvents(events: readonly EventRecord[]): string[] {
  return events.flatMap((e) => e.mentions.map((m) => m.evidence.article));
}

export function articlesOfContradictions(contradictions: readonly Contradiction[]): string[] {
  return contradictions.flatMap((c) => c.claims.flatMap((cl) => cl.evidence.map((e) => e.article)));
}

export function articlesOfQuotes(quotes: readonly QuoteRecord[]): string[] {
  return quotes.map((q) => q.article);
}
