import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.ts';
import type { EntityRecord } from '../core/corpus.ts';
import { createDoc, withLayers, type Doc } from '../core/doc.ts';
import type { EntityMention, LocalEntity } from '../core/layers.ts';
import { resolveCandidateKeys, resolveEntities } from './index.ts';

/** A doc whose text is just its entities' names, one per line, with one mention each. */
function docOf(id: string, locals: readonly Omit<LocalEntity, 'key' | 'aliases' | 'roles'>[]): Doc {
  const text = locals.map((e) => e.name).join('\n');
  const article: Article = {
    id, source: id, contentHash: id, format: 'text', title: null, outlet: null, authors: [], published: { date: null, basis: 'unknown' },
    modified: null, language: 'en', canonicalUrl: null, text, removed: [], metadataSources: {}, diagnostics: [],
  };
  let at = 0;
  const entities: LocalEntity[] = [];
  const mentions: EntityMention[] = [];
  locals.forEach((e, i) => {
    const key = `e${i + 1}`;
    entities.push({ ...e, key, aliases: [], roles: [] });
    mentions.push({ start: at, end: at + e.name.length, type: e.type, form: e.standsFor ? 'metonym' : 'name', entity: key, confidence: 1 });
    at += e.name.length + 1;
  });
  return withLayers(createDoc(article), { entities, mentions });
}

function run(docs: readonly Doc[]): EntityRecord[] {
  const store = new Map<string, EntityRecord>();
  for (const doc of docs) {
    const keys = new Set(resolveCandidateKeys(doc));
    const result = resolveEntities(doc, [...store.values()].filter((r) => r.keys.some((k) => keys.has(k))));
    for (const r of result.entities) store.set(r.id, r);
  }
  return [...store.values()];
}

describe('cross-article resolution of variants', () => {
  it('merges transliteration variants and keeps different given names apart', () => {
    const records = run([
      docOf('a', [{ name: 'Sergei Shoigu', type: 'PERSON' }, { name: 'Kim Jong-un', type: 'PERSON' }]),
      docOf('b', [{ name: 'Sergei Shoygu', type: 'PERSON' }, { name: 'Kim Jong Un', type: 'PERSON' }, { name: 'Kim Jong Il', type: 'PERSON' }]),
    ]);
    const people = records.filter((r) => r.type === 'PERSON');
    expect(people.map((r) => r.name).sort()).toEqual(['Kim Jong Il', 'Kim Jong Un', 'Sergei Shoigu']);
    expect(people.find((r) => r.name === 'Sergei Shoigu')!.aliases).toContain('Sergei Shoygu');
  });

  it('merges acronyms with their expansions', () => {
    const records = run([
      docOf('a', [{ name: 'Korean Central News Agency', type: 'ORG' }, { name: 'United Nations Security Council', type: 'ORG' }]),
      docOf('b', [{ name: 'KCNA', type: 'ORG' }, { name: 'UN Security Council', type: 'ORG' }]),
    ]);
    const orgs = records.filter((r) => r.type === 'ORG');
    expect(orgs).toHaveLength(2);
    expect(orgs.find((r) => r.name === 'Korean Central News Agency')!.aliases).toContain('KCNA');
    expect(orgs.find((r) => r.name === 'United Nations Security Council')!.aliases).toContain('UN Security Council');
  });

  it('records metonymy as a link to the country, created if unseen', () => {
    const records = run([docOf('a', [{ name: 'Moscow', type: 'GPE', standsFor: 'name:Russia' }])]);
    const russia = records.find((r) => r.name === 'Russia');
    const moscow = records.find((r) => r.name === 'Moscow');
    expect(russia?.type).toBe('GPE');
    expect(moscow!.links).toEqual([expect.objectContaining({ kind: 'stands-for', target: russia!.id })]);
  });

  it('uses one canonical record for a country whatever it is called', () => {
    const records = run([docOf('a', [{ name: 'DPRK', type: 'GPE' }]), docOf('b', [{ name: 'North Korea', type: 'GPE' }])]);
    expect(records).toHaveLength(1);
    expect(records[0].name).toBe('North Korea');
    expect(records[0].aliases).toContain('DPRK');
  });
});

describe('blocking keys for a mistyped "II"', () => {
  it('gives "Kim II Sung Square" and "Kim Il Sung Square" one key across articles', async () => {
    const { canonicalKey } = await import('./keys.ts');
    expect(canonicalKey('FAC', 'Kim II Sung Square')).toBe(canonicalKey('FAC', 'Kim Il Sung Square'));
    expect(canonicalKey('PERSON', 'Kim II Sung')).toBe(canonicalKey('PERSON', 'Kim Il Sung'));
    expect(canonicalKey('EVENT', 'World War II')).not.toBe(canonicalKey('EVENT', 'World War Il'));
  });
});
