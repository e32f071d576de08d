import type { EventRecord } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import { resolveCandidateKeys, resolveEntities } from '../resolve/index.ts';
import { combineWithdrawal, withdrawEntities, withWithdrawal } from '../resolve/withdraw.ts';
import {
  assignStory,
  bandKeys,
  fuseCandidateKeys,
  fuseEvents,
  isNearDuplicate,
  resolveEventMentions,
  resolveQuotes,
  signature,
  storyKeys,
  withdrawArticle,
  type FuseResult,
} from '../fuse/index.ts';
import type { ArticleCommit, Store } from '../store/types.ts';

/**
 * The corpus-level stages for one processed article: near-duplicate link, entity resolution,
 * event fusion (with contradictions), quotes and story assignment. Each stage is pure; this
 * function only reads its candidates from the store by key, so the cost per article stays flat
 * as the corpus grows. The result is written by `store.commitArticle` in one transaction.
 */
export async function integrate(store: Store, doc: Doc, supersedes: string | null): Promise<ArticleCommit> {
  const id = doc.article.id;

  const sig = signature(doc.text);
  const nearby = await store.articlesBySignatureBands(bandKeys(sig));
  const duplicateOf =
    nearby
      .filter((c) => c.id !== id && c.id !== supersedes && isNearDuplicate(sig, c.signature))
      .map((c) => c.id)
      .sort()[0] ?? null;

  // A new version of a source withdraws the old version's entity mentions first (counts, articles, roles).
  const entityWithdrawal = supersedes
    ? withdrawEntities(await store.entitiesByArticle(supersedes), await store.listMentions({ article: supersedes }), supersedes)
    : null;
  const resolved = resolveEntities(doc, withWithdrawal(await store.entitiesByKeys(resolveCandidateKeys(doc)), entityWithdrawal));

  // A new version of a source withdraws the old version's event mentions first.
  const withdrawn: FuseResult | null = supersedes ? withdrawArticle(await store.eventsByArticle(supersedes), supersedes) : null;
  const mentions = resolveEventMentions(doc, resolved.assignments);
  const candidates = applyWithdrawal(await store.eventsByKeys(fuseCandidateKeys(mentions)), withdrawn);
  const fused = fuseEvents(mentions, candidates);

  const story = assignStory(doc, resolved.assignments, await store.storiesByKeys(storyKeys(doc, resolved.assignments)));

  return {
    article: doc.article,
    layers: doc.layers,
    diagnostics: doc.diagnostics,
    supersedes,
    ...combineWithdrawal(entityWithdrawal, resolved, entityWithdrawal ? await store.entitiesLinkingTo(entityWithdrawal.emptied) : []),
    mentions: resolved.mentions,
    ...mergeFuse(withdrawn, fused),
    quotes: resolveQuotes(doc, resolved.assignments),
    story,
    duplicateOf,
    signature: sig,
  };
}

function applyWithdrawal(candidates: readonly EventRecord[], withdrawn: FuseResult | null): EventRecord[] {
  if (!withdrawn) return [...candidates];
  const removed = new Set(withdrawn.removedEvents);
  const updated = new Map(withdrawn.events.map((e) => [e.id, e]));
  // An event that loses its lowest mention id gets a new id: its remains are candidates too.
  const kept = candidates.filter((c) => !removed.has(c.id) && !updated.has(c.id));
  return [...kept, ...withdrawn.events];
}

/** Combines the withdrawal of an old version with the fusion of the new one; fusion wins per id. */
function mergeFuse(
  withdrawn: FuseResult | null,
  fused: FuseResult,
): Pick<ArticleCommit, 'events' | 'removedEvents' | 'contradictions' | 'touchedEvents'> {
  if (!withdrawn) {
    return { events: fused.events, removedEvents: fused.removedEvents, contradictions: fused.contradictions, touchedEvents: fused.touchedEvents };
  }
  const events = new Map(withdrawn.events.map((e) => [e.id, e]));
  for (const e of fused.events) events.set(e.id, e);
  const fusedTouched = new Set(fused.touchedEvents);
  const removed = new Set([...withdrawn.removedEvents, ...fused.removedEvents]);
  for (const e of fused.events) removed.delete(e.id);
  return {
    events: [...events.values()].filter((e) => !removed.has(e.id)),
    removedEvents: [...removed],
    contradictions: [...withdrawn.contradictions.filter((c) => !c.event || !fusedTouched.has(c.event)), ...fused.contradictions],
    touchedEvents: [...new Set([...withdrawn.touchedEvents, ...fused.touchedEvents])],
  };
}
