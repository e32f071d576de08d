import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import type { StoredArticle, Store } from '../store/types.ts';
import { integrate } from './integrate.ts';

/** A stored article as the document the stages work on. */
export function storedDoc(stored: StoredArticle): Doc {
  return { article: stored.article, text: stored.article.text, layers: stored.layers, diagnostics: stored.diagnostics };
}

/**
 * Applies `revise` to each of the article's events and, when any changed (a revision returns a new
 * object; an unchanged event is returned as is), re-integrates and commits the article. True when
 * it committed.
 */
export async function reviseEvents(store: Store, doc: Doc, revise: (e: EventMention) => EventMention): Promise<boolean> {
  const events = doc.layers.events ?? [];
  const next = events.map(revise);
  if (next.every((e, i) => e === events[i])) return false;
  await store.commitArticle(await integrate(store, { ...doc, layers: { ...doc.layers, events: next } }, doc.article.id));
  return true;
}
