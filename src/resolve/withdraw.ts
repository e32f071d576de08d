import type { EntityLink, EntityMentionRecord, EntityRecord } from '../core/corpus.ts';
import type { ResolveResult } from './index.ts';

/**
 * Withdrawal of a superseded article version from the entity records, pure like `resolveEntities`.
 * The runner passes the records that list the article (`store.entitiesByArticle`) and the
 * article's stored resolved mentions (`store.listMentions({ article })`), which are its per-article
 * mention counts. The article leaves every record's article list, its mentions leave the count,
 * and its roles and link evidence are dropped.
 *
 * A record left with no article is kept in the result (`emptied`) rather than dropped at once, so
 * the new version, resolved against the withdrawn records (`withWithdrawal`), reuses its id when it
 * still mentions the entity; `combineWithdrawal` then removes the emptied records the new version
 * did not bring back. Names, aliases and blocking keys carry no per-article provenance, so a
 * record that survives keeps the surface forms the old version added.
 */
export interface EntityWithdrawal {
  /** Every record that listed the article, without it. */
  readonly entities: readonly EntityRecord[];
  /** Ids of records left with no article. */
  readonly emptied: readonly string[];
}

export function withdrawEntities(records: readonly EntityRecord[], mentions: readonly EntityMentionRecord[], article: string): EntityWithdrawal {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.article === article) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const byId = new Map(records.map((r) => [r.id, r]));
  const entities = [...byId.values()]
    .filter((r) => r.articles.includes(article))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r): EntityRecord => {
      const articles = r.articles.filter((a) => a !== article);
      return {
        ...r,
        articles,
        // A record with no article left has no mention left, whatever an older count said.
        mentions: articles.length ? Math.max(0, r.mentions - (counts.get(r.id) ?? 0)) : 0,
        roles: r.roles.filter((x) => x.article !== article),
        links: r.links.flatMap((l) => withoutEvidence(l, article)),
      };
    });
  return { entities, emptied: entities.filter((r) => r.articles.length === 0).map((r) => r.id) };
}

/** A link loses the article's evidence; a link whose every evidence span came from it goes. */
function withoutEvidence(link: EntityLink, article: string): EntityLink[] {
  const evidence = link.evidence.filter((s) => s.article !== article);
  if (link.evidence.length > 0 && evidence.length === 0) return [];
  return [{ ...link, evidence }];
}

/** Resolution candidates as they stand after the withdrawal: withdrawn records replace stored ones by id. */
export function withWithdrawal(candidates: readonly EntityRecord[], withdrawal: EntityWithdrawal | null): EntityRecord[] {
  if (!withdrawal) return [...candidates];
  const updated = new Map(withdrawal.entities.map((r) => [r.id, r]));
  return candidates.map((c) => updated.get(c.id) ?? c);
}

/**
 * The entity part of a commit that both withdraws an old version and resolves the new one. The new
 * version's records win per id. An emptied record goes unless the new version resolved to it or a
 * remaining record links to it (a country a demonym points at exists with no article of its own,
 * as `resolveEntities` creates it): a record of this commit, or one of `linkers`, the stored
 * records linking to an emptied id (`store.entitiesLinkingTo(withdrawal.emptied)`).
 */
export function combineWithdrawal(
  withdrawal: EntityWithdrawal | null,
  resolved: ResolveResult,
  linkers: readonly EntityRecord[] = [],
): Pick<ResolveResult, 'entities' | 'removedEntities'> {
  if (!withdrawal) return { entities: resolved.entities, removedEntities: resolved.removedEntities };
  const out = new Map(withdrawal.entities.map((r) => [r.id, r]));
  for (const r of resolved.entities) out.set(r.id, r);
  const resolvedIds = new Set(resolved.entities.map((r) => r.id));
  const removed = new Set(resolved.removedEntities);
  let doomed = new Set(withdrawal.emptied.filter((id) => !resolvedIds.has(id) && !removed.has(id)));
  // Spare what a surviving record links to, until nothing changes (a spared record's links count too).
  for (let changed = true; changed; ) {
    const alive = [...out.values(), ...linkers.filter((r) => !out.has(r.id))].filter((r) => !removed.has(r.id) && !doomed.has(r.id));
    const linked = new Set(alive.flatMap((r) => r.links.map((l) => l.target)));
    const next = new Set([...doomed].filter((id) => !linked.has(id)));
    changed = next.size !== doomed.size;
    doomed = next;
  }
  for (const id of doomed) removed.add(id);
  for (const id of removed) out.delete(id);
  return {
    entities: [...out.values()].sort((a, b) => a.id.localeCompare(b.id)),
    removedEntities: [...removed].sort(),
  };
}
