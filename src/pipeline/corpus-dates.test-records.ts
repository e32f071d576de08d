import type { EventRecord, ResolvedEventMention } from '../core/corpus.ts';

/** A fused event record around hand-built mentions, for the corpus passes' tests. */
export function record(id: string, mentions: readonly ResolvedEventMention[]): EventRecord {
  const m = mentions[0];
  return {
    id,
    type: m.type,
    mode: m.mode,
    date: null,
    precision: null,
    dateBasis: 'unknown',
    summary: m.summary,
    actors: [...new Set(mentions.flatMap((x) => x.actors))],
    targets: [...new Set(mentions.flatMap((x) => x.targets))],
    place: null,
    modality: 'asserted',
    intensity: 1,
    mentions,
    articles: [...new Set(mentions.map((x) => x.article))],
    corroboration: mentions.length,
    keys: [],
  };
}
