import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/corpus.ts';
import type { EventFilter } from '../store/types.ts';
import { KIM, mention, PUTIN, XI } from '../fuse/test-mentions.ts';
import { record } from './corpus-dates.test-records.ts';
import { reachOf, sameOccurrenceKind, type ListedEvents } from './corpus-related.ts';

/**
 * Invented corpus: two records of a visit to North Korea that fuse kept apart (art_a/art_b and
 * art_c), a meeting art_b also reports (with art_d), and an unrelated visit by another leader
 * (art_e) to another place.
 */
const visitAB = record('evt_visit_ab', [mention({ article: 'art_a' }), mention({ article: 'art_b' })]);
const visitC = record('evt_visit_c', [mention({ article: 'art_c' })]);
const meeting = record('evt_meet', [mention({ article: 'art_b', type: 'CONSULT', actors: [KIM] }), mention({ article: 'art_d', type: 'CONSULT', actors: [KIM] })]);
const elsewhere = record('evt_visit_e', [mention({ article: 'art_e', actors: [XI], targets: ['ent_elsewhere'] })]);
const all: readonly EventRecord[] = [visitAB, visitC, meeting, elsewhere];
const store = {
  eventsByArticle: async (id: string) => all.filter((r) => r.mentions.some((m) => m.article === id)),
  listEvents: async (f?: EventFilter) => all.filter((r) => (!f?.entity || [...r.actors, ...r.targets].includes(f.entity)) && (!f?.type || r.type === f.type)),
};

describe('records of the same kind', () => {
  it('share type, mode, an actor and a place or target', () => {
    expect(sameOccurrenceKind(visitAB, visitC)).toBe(true);
    expect(sameOccurrenceKind(visitAB, elsewhere)).toBe(false);
  });
});

describe('the articles a change can reach', () => {
  it('are those sharing a record with the changed one, or a record of the same kind', async () => {
    const listed: ListedEvents = new Map();
    expect(await reachOf(store, new Set(['art_a']), listed)).toEqual(['art_a', 'art_b', 'art_c']);
    // One store read per (actor, type), kept for the rest of the pass.
    expect([...listed.keys()]).toEqual([`${PUTIN}\u0000CONSULT`]);
  });

  it('follow every record of the changed article, and leave unrelated stories out', async () => {
    expect(await reachOf(store, new Set(['art_b']), new Map())).toEqual(['art_a', 'art_b', 'art_c', 'art_d']);
    expect(await reachOf(store, new Set(['art_e']), new Map())).toEqual(['art_e']);
  });
});
