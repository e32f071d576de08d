import type { EventRecord } from '../core/corpus.ts';
import type { Store } from '../store/types.ts';

/**
 * Records "of the same kind" for the corpus date inference: another record that may be the same
 * occurrence although fuse kept it apart (same type and mode, a shared actor, a shared place or
 * target). Found by a shared actor and the type, not by fuse's blocking keys, which change as
 * records merge. `listed` caches one store read per (actor, type) for a pass.
 */
export type ListedEvents = Map<string, readonly EventRecord[]>;

export async function relatedRecords(
  store: Pick<Store, 'listEvents'>,
  records: readonly EventRecord[],
  listed: ListedEvents,
): Promise<Map<string, readonly EventRecord[]>> {
  const related = new Map<string, readonly EventRecord[]>();
  for (const r of records) {
    const byId = new Map<string, EventRecord>();
    for (const actor of [...r.actors].sort()) {
      const key = `${actor}\u0000${r.type}`;
      if (!listed.has(key)) listed.set(key, await store.listEvents({ entity: actor, type: r.type }));
      for (const c of listed.get(key)!) byId.set(c.id, c);
    }
    const similar = [...byId.values()].filter((c) => c.id !== r.id && sameOccurrenceKind(r, c));
    related.set(r.id, similar.sort((a, b) => a.id.localeCompare(b.id)));
  }
  return related;
}

/**
 * Same type and mode, a shared actor and a shared place or target (by entity, or by the country
 * fuse places it in, so "Pyongyang" meets "North Korea"): plausibly the same occurrence.
 */
export function sameOccurrenceKind(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== b.type || a.mode !== b.mode || !a.actors.some((x) => b.actors.includes(x))) return false;
  const wb = where(b);
  return [...where(a)].some((x) => wb.has(x));
}

function where(e: EventRecord): Set<string> {
  const ids = [...e.targets, ...(e.place ? [e.place] : [])];
  const out = new Set(ids);
  for (const m of e.mentions) for (const id of ids) if (m.geo?.[id]) out.add(`country:${m.geo[id]}`);
  return out;
}

/**
 * The articles whose inferred publication date a change to `focus` can move: the focus articles,
 * those sharing a record with them, and those with a record of the same kind as one of theirs
 * (the two ways one article's dates reach another's clues). Sorted.
 */
export async function reachOf(store: Pick<Store, 'listEvents' | 'eventsByArticle'>, focus: ReadonlySet<string>, listed: ListedEvents): Promise<readonly string[]> {
  const records = new Map<string, EventRecord>();
  for (const id of [...focus].sort()) for (const r of await store.eventsByArticle(id)) records.set(r.id, r);
  const own = [...records.values()].sort((a, b) => a.id.localeCompare(b.id));
  const out = new Set(focus);
  for (const r of own) for (const m of r.mentions) out.add(m.article);
  for (const rs of (await relatedRecords(store, own, listed)).values()) for (const r of rs) for (const m of r.mentions) out.add(m.article);
  return [...out].sort();
}
