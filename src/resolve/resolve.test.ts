import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.ts';
import type { EntityRecord } from '../core/corpus.ts';
import { createDoc, type Doc } from '../core/doc.ts';
import { buildPipeline } from '../core/component.ts';
import { sentencesComponent } from '../annotate/sentences.ts';
import { entitiesComponent } from '../annotate/entities/index.ts';
import { resolveCandidateKeys, resolveEntities } from './index.ts';

const seedsDir = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));
const pipeline = buildPipeline([sentencesComponent, entitiesComponent]);

function seedDoc(file: string): Doc {
  const text = readFileSync(seedsDir + file, 'utf8');
  const article: Article = {
    id: `art_${file.slice(0, 3)}`, source: file, contentHash: file, format: 'text', title: null, outlet: null, authors: [],
    published: { date: '2024-06-19', basis: 'user' }, modified: null, language: 'en', canonicalUrl: null, text, removed: [],
    metadataSources: {}, diagnostics: [],
  };
  return pipeline.run(createDoc(article));
}

/** A tiny in-memory store doing what the runner does: fetch by keys, call, write back. */
function resolveAll(docs: readonly Doc[]): Map<string, EntityRecord> {
  const store = new Map<string, EntityRecord>();
  for (const doc of docs) {
    const keys = new Set(resolveCandidateKeys(doc));
    const candidates = [...store.values()].filter((r) => r.keys.some((k) => keys.has(k)));
    const result = resolveEntities(doc, candidates);
    for (const id of result.removedEntities) store.delete(id);
    for (const r of result.entities) store.set(r.id, r);
    for (const m of result.mentions) expect(store.has(m.entity)).toBe(true);
  }
  return store;
}

const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const docs = files.map(seedDoc);
const people = (store: Map<string, EntityRecord>) => [...store.values()].filter((r) => r.type === 'PERSON');
const withToken = (store: Map<string, EntityRecord>, token: string) =>
  people(store).filter((r) => [r.name, ...r.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).includes(token)));

describe('resolveEntities on the seed articles', () => {
  const store = resolveAll(docs);

  it('makes Vladimir Putin one entity with aliases and dated roles', () => {
    const putin = withToken(store, 'putin');
    expect(putin).toHaveLength(1);
    expect(putin[0].name).toBe('Vladimir Putin');
    expect(putin[0].aliases).toContain('Putin');
    expect(putin[0].articles).toHaveLength(5);
    expect(putin[0].roles.map((r) => r.role)).toContain('Russian President');
    expect(putin[0].roles.every((r) => r.date === '2024-06-19')).toBe(true);
  });

  it('makes Kim Jong Un one entity across spellings, apart from Kim Jong Il', () => {
    const kju = people(store).filter((r) => [r.name, ...r.aliases].some((n) => /Jong[ -]un/i.test(n)));
    expect(kju).toHaveLength(1);
    expect(kju[0].name).toBe('Kim Jong Un');
    expect(kju[0].aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim', 'Jong-un']));
    expect(kju[0].articles).toHaveLength(5);
    const kji = people(store).filter((r) => r.name === 'Kim Jong Il');
    expect(kji).toHaveLength(1);
    expect(kji[0].id).not.toBe(kju[0].id);
    expect(people(store).some((r) => r.name === 'Kim')).toBe(false);
  });

  it('keeps Shoigu and Shin Won-sik each as one person with their roles', () => {
    const shoigu = withToken(store, 'shoigu');
    expect(shoigu).toHaveLength(1);
    expect(shoigu[0].roles.map((r) => r.role)).toContain('head of Russia’s Security Council');
    const shin = people(store).filter((r) => r.name === 'Shin Won-sik');
    expect(shin).toHaveLength(1);
    expect(shin[0].roles.map((r) => r.role)).toContain('South Korea’s defense minister');
  });

  it('links demonyms and metonyms to the country instead of merging', () => {
    const russia = [...store.values()].find((r) => r.type === 'GPE' && r.name === 'Russia')!;
    const russian = [...store.values()].find((r) => r.type === 'NORP' && r.name === 'Russian')!;
    expect(russian.links).toContainEqual(expect.objectContaining({ kind: 'demonym-of', target: russia.id }));
    const kremlin = [...store.values()].find((r) => r.name === 'Kremlin')!;
    expect(kremlin.id).not.toBe(russia.id);
    expect(kremlin.links).toContainEqual(expect.objectContaining({ kind: 'stands-for', target: russia.id }));
  });

  it('gives the same ids whatever the order of the articles', () => {
    const reversed = resolveAll([...docs].reverse());
    const ids = (s: Map<string, EntityRecord>) => ['putin', 'shoigu'].map((t) => withToken(s, t)[0]?.id);
    expect(ids(reversed)).toEqual(ids(store));
  });
});
