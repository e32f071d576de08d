import type { Contradiction, EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import { contradictionsOf } from './contradictions.ts';
import { compatible, fit, groupProfile, mentionProfile, statedInterval, type Anchored, type Profile } from './profile.ts';
import { buildRecord, byId, eventId } from './record.ts';

/**
 * Incremental event coreference: each new mention joins the best compatible event among the
 * candidates (found by blocking keys) or starts a new one; events that a new mention makes
 * compatible are merged. Only the events touched are returned.
 */
export interface FuseResult {
  /** Created or updated events, full records. */
  readonly events: readonly EventRecord[];
  /** Event ids merged away or left without mentions. */
  readonly removedEvents: readonly string[];
  /** All contradictions of the touched events. */
  readonly contradictions: readonly Contradiction[];
  /** Every event id whose record or contradictions changed (including removed ones). */
  readonly touchedEvents: readonly string[];
}

interface Cluster {
  mentions: ResolvedEventMention[];
  profile: Profile;
  /** Ids of stored records folded into this cluster. */
  readonly from: Set<string>;
  touched: boolean;
}

function cluster(mentions: ResolvedEventMention[], from: readonly string[], touched: boolean): Cluster {
  return { mentions, profile: groupProfile(mentions), from: new Set(from), touched };
}

function finish(clusters: readonly Cluster[], stored: readonly EventRecord[]): FuseResult {
  const events: EventRecord[] = [];
  const kept = new Set<string>();
  for (const c of clusters) {
    if (c.mentions.length === 0) continue;
    const id = eventId(c.mentions);
    kept.add(id);
    if (c.touched) events.push(buildRecord(c.mentions));
  }
  const removedEvents = stored.map((e) => e.id).filter((id) => !kept.has(id)).sort();
  events.sort(byId);
  const touchedEvents = [...new Set([...events.map((e) => e.id), ...removedEvents])].sort();
  return { events, removedEvents, contradictions: events.flatMap(contradictionsOf), touchedEvents };
}

/**
 * Order of placement: descriptions of earlier occurrences first (the anchors "first visit since"
 * mentions are compared through), then mentions that state a date, then the rest; by id within.
 */
function placementRank(m: ResolvedEventMention): number {
  if (m.occurrence === 'previous') return 0;
  return statedInterval(m) ? 1 : 2;
}

/** Two profiles are anchored when an earlier occurrence each follows sits in one cluster. */
function anchoring(clusters: readonly Cluster[]): Anchored {
  return (a, b) => {
    if (a.follows.size === 0 || b.follows.size === 0) return false;
    for (const x of a.follows) if (b.follows.has(x)) return true;
    return clusters.some((c) => {
      const ids = new Set(c.mentions.map((m) => m.id));
      return [...a.follows].some((x) => ids.has(x)) && [...b.follows].some((x) => ids.has(x));
    });
  };
}

export function fuseEvents(mentions: readonly ResolvedEventMention[], candidates: readonly EventRecord[]): FuseResult {
  const incoming = [...new Map(mentions.map((m) => [m.id, m])).values()].sort((a, b) => placementRank(a) - placementRank(b) || byId(a, b));
  const incomingIds = new Set(incoming.map((m) => m.id));
  const stored = [...new Map(candidates.map((e) => [e.id, e])).values()].sort(byId);
  const clusters: Cluster[] = stored.map((e) => {
    const kept = e.mentions.filter((m) => !incomingIds.has(m.id));
    // Re-fusing an article already fused: its old mentions are replaced by the incoming ones.
    return cluster(kept, [e.id], kept.length !== e.mentions.length);
  });
  const anchored = anchoring(clusters);
  for (const m of incoming) {
    const p = mentionProfile(m);
    let best: Cluster | null = null;
    let bestFit = -1;
    for (const c of clusters) {
      if (c.mentions.length === 0 || !compatible(p, c.profile, anchored)) continue;
      const f = fit(p, c.profile);
      if (f > bestFit) [best, bestFit] = [c, f];
    }
    if (best) {
      best.mentions.push(m);
      best.profile = groupProfile(best.mentions);
      best.touched = true;
    } else {
      clusters.push(cluster([m], [], true));
    }
  }
  mergeCompatible(clusters);
  return finish(clusters, stored);
}

/** Folds touched clusters into other clusters they have become compatible with. */
function mergeCompatible(clusters: Cluster[]): void {
  const anchored = anchoring(clusters);
  let changed = true;
  while (changed) {
    changed = false;
    for (const a of clusters) {
      if (!a.touched || a.mentions.length === 0) continue;
      for (const b of clusters) {
        if (a === b || b.mentions.length === 0 || !compatible(a.profile, b.profile, anchored)) continue;
        a.mentions.push(...b.mentions);
        for (const id of b.from) a.from.add(id);
        a.profile = groupProfile(a.mentions);
        b.mentions = [];
        changed = true;
      }
    }
  }
}

/** Withdraws a superseded article version: its mentions leave every event; empty events are removed. */
export function withdrawArticle(events: readonly EventRecord[], articleId: string): FuseResult {
  const stored = [...new Map(events.map((e) => [e.id, e])).values()].sort(byId);
  const clusters = stored.map((e) => {
    const kept = e.mentions.filter((m) => m.article !== articleId);
    return cluster(kept, [e.id], kept.length !== e.mentions.length);
  });
  return finish(clusters, stored);
}
