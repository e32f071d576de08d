import type { ResolvedEventMention } from '../core/corpus.ts';
import { ASSERTING_MODALITIES, SYNDICATED_EVIDENCE_SIMILARITY } from './fuse.data.ts';
import { shingleJaccard } from './minhash.ts';

/**
 * Independent sources. Mentions from one outlet are one source; mentions from different outlets
 * whose evidence is the same copy (a syndicated wire story) are one source too.
 */
function sourceKey(m: ResolvedEventMention): string {
  return m.outlet ? `outlet:${m.outlet.toLowerCase()}` : `article:${m.article}`;
}

/** Groups of mentions that are one source, each group sorted, groups ordered by first mention id. */
export function sourceGroups(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[][] {
  const keys = [...new Set(mentions.map(sourceKey))].sort();
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      if (a.article === b.article) continue;
      const ka = find(sourceKey(a));
      const kb = find(sourceKey(b));
      if (ka === kb) continue;
      if (shingleJaccard(a.evidence.text, b.evidence.text) >= SYNDICATED_EVIDENCE_SIMILARITY) {
        parent.set(ka < kb ? kb : ka, ka < kb ? ka : kb);
      }
    }
  }
  const groups = new Map<string, ResolvedEventMention[]>();
  for (const m of mentions) {
    const r = find(sourceKey(m));
    const g = groups.get(r) ?? [];
    g.push(m);
    groups.set(r, g);
  }
  return [...groups.values()]
    .map((g) => g.sort((x, y) => (x.id < y.id ? -1 : 1)))
    .sort((x, y) => (x[0].id < y[0].id ? -1 : 1));
}

export function isAsserting(m: ResolvedEventMention): boolean {
  return (ASSERTING_MODALITIES as readonly string[]).includes(m.modality);
}

/** How many independent sources assert the event (syndicated copies count once). */
export function corroboration(mentions: readonly ResolvedEventMention[]): number {
  return sourceGroups(mentions.filter(isAsserting)).length;
}
