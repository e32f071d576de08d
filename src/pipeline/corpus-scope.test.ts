import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/corpus.ts';
import { mention } from '../fuse/test-mentions.ts';
import { record } from './corpus-dates.test-records.ts';
import { scopeOf } from './corpus-scope.ts';

/**
 * Invented corpus: a visit reported by art_a and art_b, a pact reported by art_b and art_c, and an
 * unrelated strike reported by art_d and art_e.
 */
const visit = record('evt_visit', [mention({ article: 'art_a' }), mention({ article: 'art_b' })]);
const pact = record('evt_pact', [mention({ article: 'art_b', type: 'AGREE' }), mention({ article: 'art_c', type: 'AGREE' })]);
const treaty = record('evt_treaty', [mention({ article: 'art_c', type: 'AGREE' }), mention({ article: 'art_f', type: 'AGREE' })]);
const strike = record('evt_strike', [mention({ article: 'art_d', type: 'ASSAULT' }), mention({ article: 'art_e', type: 'ASSAULT' })]);
const all: readonly EventRecord[] = [visit, pact, treaty, strike];
const store = { eventsByArticle: async (id: string) => all.filter((r) => r.mentions.some((m) => m.article === id)) };

describe('the part of the corpus a batch can change', () => {
  it('is the batch and every article sharing a record with it, with all of their records', async () => {
    const scope = await scopeOf(store, ['art_a']);
    expect([...scope.articles].sort()).toEqual(['art_a', 'art_b']);
    // art_b's pact is read too, so art_b is judged on all of its records; art_c is not re-dated.
    expect(scope.records.map((r) => r.id)).toEqual(['evt_pact', 'evt_visit']);
  });

  it('reaches one record further from each article it revisits, and leaves unrelated stories alone', async () => {
    const scope = await scopeOf(store, ['art_b']);
    expect([...scope.articles].sort()).toEqual(['art_a', 'art_b', 'art_c']);
    expect(scope.records.map((r) => r.id)).toEqual(['evt_pact', 'evt_treaty', 'evt_visit']);
    expect(scope.articles.has('art_d')).toBe(false);
  });

  it('is empty for articles with no events', async () => {
    const scope = await scopeOf(store, ['art_z']);
    expect([...scope.articles]).toEqual(['art_z']);
    expect(scope.records).toEqual([]);
  });
});
