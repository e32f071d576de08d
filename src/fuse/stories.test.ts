import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../core/corpus.ts';
import { createDoc, withLayers, type Doc } from '../core/doc.ts';
import type { Article } from '../core/article.ts';
import { assignStory, storyKeys } from './stories.ts';

function doc(id: string, title: string, text: string, entities: string[] = []): Doc {
  const article: Article = {
    id, source: id, contentHash: id, format: 'text', title, outlet: null, authors: [],
    published: { date: null, basis: 'unknown' }, modified: null, language: 'en', canonicalUrl: null,
    text, removed: [], metadataSources: {}, diagnostics: [],
  };
  const mentions = entities.map((e, i) => ({ start: i, end: i + 1, type: 'PERSON' as const, form: 'name' as const, entity: e, confidence: 1 }));
  return withLayers(createDoc(article), { mentions });
}

const assign = new Map([['putin', 'ent_putin'], ['kim', 'ent_kim'], ['bp', 'ent_bp']]);

/** Runs articles through assignStory with an in-memory key index, as the store does. */
function cluster(docs: Doc[]): Map<string, string> {
  const stories = new Map<string, StoryRecord>();
  const index = new Map<string, Set<string>>();
  const out = new Map<string, string>();
  for (const d of docs) {
    const ids = new Set(storyKeys(d, assign).flatMap((k) => [...(index.get(k) ?? [])]));
    const s = assignStory(d, assign, [...ids].map((id) => stories.get(id)!));
    stories.set(s.id, s);
    for (const k of s.keys) index.set(k, (index.get(k) ?? new Set()).add(s.id));
    out.set(d.article.id, s.id);
  }
  return out;
}

describe('stories', () => {
  it('groups articles on one story and separates another', () => {
    const out = cluster([
      doc('a', 'Putin arrives in Pyongyang for summit with Kim', 'Putin arrived in Pyongyang for a summit with Kim Jong Un. The summit is the first in years.', ['putin', 'kim']),
      doc('b', 'Oil spill spreads in the Gulf of Mexico', 'Oil from the BP well spread across the Gulf. Crews fought the spill with booms.', ['bp']),
      doc('c', 'Kim and Putin sign pact at Pyongyang summit', 'At the summit in Pyongyang, Kim and Putin signed a pact on mutual defence.', ['putin', 'kim']),
      doc('d', 'BP tries new cap on leaking Gulf well', 'BP engineers lowered a cap over the leaking well as the oil spill grew in the Gulf.', ['bp']),
    ]);
    expect(out.get('a')).toBe(out.get('c'));
    expect(out.get('b')).toBe(out.get('d'));
    expect(out.get('a')).not.toBe(out.get('b'));
  });

  it('returns the same story for an article already assigned', () => {
    const d = doc('a', 'Putin in Pyongyang', 'Putin arrived in Pyongyang.', ['putin']);
    const s = assignStory(d, assign, []);
    expect(assignStory(d, assign, [s])).toEqual(s);
    expect(s.keys).toContain('e:ent_putin');
  });
});
