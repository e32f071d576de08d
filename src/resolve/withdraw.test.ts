import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.ts';
import type { EntityMentionRecord, EntityRecord } from '../core/corpus.ts';
import { createDoc, type Doc } from '../core/doc.ts';
import { buildPipeline } from '../core/component.ts';
import { sentencesComponent } from '../annotate/sentences.ts';
import { entitiesComponent } from '../annotate/entities/index.ts';
import { resolveCandidateKeys, resolveEntities } from './index.ts';
import { combineWithdrawal, withdrawEntities, withWithdrawal } from './withdraw.ts';

const seedsDir = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));
const pipeline = buildPipeline([sentencesComponent, entitiesComponent]);

function docOf(id: string, text: string): Doc {
  const article: Article = {
    id, source: id, contentHash: id, format: 'text', title: null, outlet: null, authors: [],
    published: { date: '2024-06-19', basis: 'user' }, modified: null, language: 'en', canonicalUrl: null, text, removed: [],
    metadataSources: {}, diagnostics: [],
  };
  return pipeline.run(createDoc(article));
}

/** An in-memory corpus doing what `integrate` and the store do for entities. */
class Corpus {
  readonly records = new Map<string, EntityRecord>();
  readonly mentions = new Map<string, readonly EntityMentionRecord[]>();

  add(doc: Doc, supersedes: string | null = null): void {
    const w = supersedes
      ? withdrawEntities([...this.records.values()].filter((r) => r.articles.includes(supersedes)), this.mentions.get(supersedes) ?? [], supersedes)
      : null;
    const keys = new Set(resolveCandidateKeys(doc));
    const candidates = [...this.records.values()].filter((r) => r.keys.some((k) => keys.has(k)));
    const resolved = resolveEntities(doc, withWithdrawal(candidates, w));
    const linkers = w ? [...this.records.values()].filter((r) => r.links.some((l) => w.emptied.includes(l.target))) : [];
    const out = combineWithdrawal(w, resolved, linkers);
    for (const id of out.removedEntities) this.records.delete(id);
    for (const r of out.entities) this.records.set(r.id, r);
    this.mentions.set(doc.article.id, resolved.mentions);
  }

  /** Stored mentions per entity, over the given (current) articles. */
  counts(current: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const a of current) for (const m of this.mentions.get(a) ?? []) out.set(m.entity, (out.get(m.entity) ?? 0) + 1);
    return out;
  }
}

const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
const texts = files.map((f) => readFileSync(seedsDir + f, 'utf8'));
/** The edited version: the second seed without its first half of paragraphs. */
const paragraphs = texts[1]!.split(/\n\s*\n/);
const edited = paragraphs.slice(Math.ceil(paragraphs.length / 2)).join('\n\n');

describe('withdrawing a superseded version from entity records', () => {
  it('keeps every record count equal to its stored mentions', () => {
    const c = new Corpus();
    texts.forEach((t, i) => c.add(docOf(`art_${i}`, t)));
    const counts = c.counts(['art_0', 'art_1', 'art_2']);
    for (const r of c.records.values()) expect([r.id, r.mentions]).toEqual([r.id, counts.get(r.id) ?? 0]);
  });

  it('counts both local entities of one article that resolve to the same record, and their roles', () => {
    const base = docOf('art_x', 'Kim Jong Un spoke. Kim Jong-un left. Kim Jong Un waved.');
    const m = (start: number, end: number, entity: string) => ({ start, end, type: 'PERSON' as const, form: 'name' as const, entity, confidence: 1 });
    const doc: Doc = {
      ...base,
      layers: {
        ...base.layers,
        entities: [
          { key: 'e0', name: 'Kim Jong Un', type: 'PERSON', aliases: [], roles: [{ start: 0, end: 3, role: 'leader' }] },
          { key: 'e1', name: 'Kim Jong-un', type: 'PERSON', aliases: [], roles: [{ start: 19, end: 22, role: 'chairman' }] },
        ],
        mentions: [m(0, 11, 'e0'), m(19, 30, 'e1'), m(37, 48, 'e0')],
      },
    };
    const r = resolveEntities(doc, []);
    expect(r.entities.map((e) => [e.mentions, e.roles.map((x) => x.role).sort()])).toEqual([[3, ['chairman', 'leader']]]);
    expect(new Set(r.mentions.map((x) => x.entity)).size).toBe(1);
  });

  it('leaves the corpus as if the old version had never been ingested (articles and counts)', () => {
    const edit = new Corpus();
    texts.forEach((t, i) => edit.add(docOf(`art_${i}`, t)));
    const onlyOld = [...edit.records.values()].filter((r) => r.articles.length === 1 && r.articles[0] === 'art_1').map((r) => r.id);
    edit.add(docOf('art_1b', edited), 'art_1');
    const fresh = new Corpus();
    fresh.add(docOf('art_0', texts[0]!));
    fresh.add(docOf('art_2', texts[2]!));
    fresh.add(docOf('art_1b', edited));
    const view = (c: Corpus) => new Map([...c.records.values()].filter((r) => r.articles.length).map((r) => [r.name, [r.type, r.articles, r.mentions]]));
    expect(view(edit)).toEqual(view(fresh));
    expect([...edit.records.values()].filter((r) => r.articles.includes('art_1'))).toEqual([]);
    // Something only the dropped paragraphs mentioned is gone, not left with zero mentions.
    expect(onlyOld.filter((id) => !edit.records.has(id)).length).toBeGreaterThan(0);
    for (const r of edit.records.values()) expect(r.articles.length > 0 || isLinkTarget(edit, r.id)).toBe(true);
  });

  it('re-resolving an article against itself (redate) gives the same records', () => {
    const c = new Corpus();
    texts.forEach((t, i) => c.add(docOf(`art_${i}`, t)));
    const before = new Map(c.records);
    c.add(docOf('art_1', texts[1]!), 'art_1');
    // Roles come back in another order (the article's are appended again), so they are compared as sets.
    const view = (m: Map<string, EntityRecord>) =>
      new Map([...m].map(([id, r]) => [id, [r.articles, r.mentions, r.roles.map((x) => `${x.article}:${x.start}:${x.role}`).sort()]]));
    expect(view(c.records)).toEqual(view(before));
  });

  it('drops roles and link evidence of the article; keeps an emptied record only while something links to it', () => {
    const span = (article: string) => ({ article, start: 0, end: 1 });
    const russia: EntityRecord = { id: 'ent_ru', name: 'Russia', type: 'GPE', aliases: [], keys: ['gpe:russia'], roles: [], links: [], articles: ['a1'], mentions: 1 };
    const russian: EntityRecord = {
      ...russia, id: 'ent_rus', name: 'Russian', type: 'NORP', keys: ['norp:russian'], articles: ['a1', 'a2'], mentions: 3,
      roles: [{ ...span('a1'), role: 'x', date: null }, { ...span('a2'), role: 'y', date: null }],
      links: [{ kind: 'demonym-of', target: 'ent_ru', evidence: [span('a1'), span('a2')] }],
    };
    const mentions: EntityMentionRecord[] = [{ ...span('a1'), entity: 'ent_ru', form: 'name' }, { ...span('a1'), entity: 'ent_rus', form: 'demonym' }];
    const w = withdrawEntities([russia, russian], mentions, 'a1');
    expect(w.emptied).toEqual(['ent_ru']);
    const rus = w.entities.find((r) => r.id === 'ent_rus')!;
    expect([rus.articles, rus.mentions, rus.roles.map((r) => r.role), rus.links[0]!.evidence]).toEqual([['a2'], 2, ['y'], [span('a2')]]);
    const none = { assignments: new Map(), entities: [], removedEntities: [], mentions: [] };
    // Russian (still in a2) links to Russia: Russia stays, with no article, as resolve creates link targets.
    expect(combineWithdrawal(w, none).removedEntities).toEqual([]);
    expect(combineWithdrawal(w, none).entities.find((r) => r.id === 'ent_ru')).toMatchObject({ articles: [], mentions: 0 });
    // When the only evidence was the withdrawn article, the link goes, and so does the emptied target.
    const only = withdrawEntities([russia, { ...russian, articles: ['a1'], links: [{ ...russian.links[0]!, evidence: [span('a1')] }] }], mentions, 'a1');
    expect(combineWithdrawal(only, none).removedEntities).toEqual(['ent_ru', 'ent_rus']);
    // A record of another article, not in this commit, that links to the emptied one keeps it too.
    const alone = withdrawEntities([russia], mentions, 'a1');
    expect(combineWithdrawal(alone, none).removedEntities).toEqual(['ent_ru']);
    expect(combineWithdrawal(alone, none, [{ ...russian, articles: ['a2'] }]).removedEntities).toEqual([]);
    // ...unless this commit removes that record.
    expect(combineWithdrawal(alone, { ...none, removedEntities: ['ent_rus'] }, [russian]).removedEntities).toEqual(['ent_ru', 'ent_rus']);
  });
});

function isLinkTarget(c: Corpus, id: string): boolean {
  return [...c.records.values()].some((r) => r.links.some((l) => l.target === id));
}
