import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article.ts';
import { createDoc } from '../core/doc.ts';
import { defaultPipeline } from '../pipeline/components.ts';
import { fuseEvents, resolveEventMentions, resolveQuotes } from './index.ts';

const TEXT = [
  'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader Kim Jong Un.',
  'It is Putin’s first visit to Pyongyang since 2000.',
  '"We highly appreciate your support," Putin told Kim.',
].join('\n\n');

function article(id: string, published: string | null): Article {
  return {
    id, source: id, contentHash: id, format: 'text', title: null, outlet: `outlet ${id}`, authors: [],
    published: published ? { date: published, basis: 'metadata' } : { date: null, basis: 'unknown' },
    modified: null, language: 'en', canonicalUrl: null, text: TEXT, removed: [], metadataSources: {}, diagnostics: [],
  };
}

describe('resolveEventMentions on real layers', () => {
  const doc = defaultPipeline().run(createDoc(article('art_a', '2024-06-19')));
  const assignments = new Map((doc.layers.entities ?? []).map((e) => [e.key, `ent_${e.name.toLowerCase().replace(/\W+/g, '_')}`]));

  it('gives evidence that is the text it points at, stable ids and the article metadata', () => {
    const ms = resolveEventMentions(doc, assignments);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.evidence.text).toBe(TEXT.slice(m.evidence.start, m.evidence.end));
      expect(m.published).toBe('2024-06-19');
      expect(m.outlet).toBe('outlet art_a');
    }
    expect(resolveEventMentions(doc, assignments).map((m) => m.id)).toEqual(ms.map((m) => m.id));
  });

  it('derives the previous visit (2000) from "first visit since 2000", apart from this visit', () => {
    const ms = resolveEventMentions(doc, assignments);
    const prev = ms.filter((m) => m.occurrence === 'previous');
    expect(prev.map((m) => m.time.value)).toContain('2000');
    const events = fuseEvents(ms, []).events;
    const previous = events.find((e) => e.mentions.some((m) => m.occurrence === 'previous'))!;
    expect(previous.date).toBe('2000');
    expect(previous.mentions.every((m) => m.occurrence === 'previous')).toBe(true);
  });

  it('resolves quotes with their text', () => {
    for (const q of resolveQuotes(doc, assignments)) expect(q.text).toBe(TEXT.slice(q.start, q.end));
  });

  it('maps every speaker to its corpus entity, and reads quotes stored before `speakers` as one speaker', () => {
    const putin = resolveQuotes(doc, assignments).find((q) => q.text.includes('highly appreciate'))!;
    expect([putin.speaker, putin.speakers]).toEqual(['ent_vladimir_putin', ['ent_vladimir_putin']]);
    const kim = (doc.layers.entities ?? []).find((e) => e.name === 'Kim Jong Un')!.key;
    const local = doc.layers.quotes!.find((q) => q.start === putin.start)!;
    const joint = { ...doc, layers: { ...doc.layers, quotes: [{ ...local, speakers: [local.speaker!, kim] }] } };
    expect(resolveQuotes(joint, assignments)[0]!.speakers).toEqual(['ent_vladimir_putin', 'ent_kim_jong_un']);
    const { speakers: _, ...old } = local;
    const stored = { ...doc, layers: { ...doc.layers, quotes: [old as typeof local] } };
    expect(resolveQuotes(stored, assignments)[0]!.speakers).toEqual(['ent_vladimir_putin']);
  });
});

describe('resolveQuotes with a source only the events resolve', () => {
  const text = [
    'Prime Minister Ivo Marek met President Lena Ostrova in Port Selin on Monday.',
    'The two leaders agreed to expand trade between their countries.',
  ].join('\n\n');
  const doc = defaultPipeline().run(createDoc({ ...article('art_b', '2024-03-05'), text }));
  const assignments = new Map((doc.layers.entities ?? []).map((e) => [e.key, `ent_${e.name.toLowerCase().replace(/\W+/g, '_')}`]));

  it('gives the quote the speakers its claim took from the event of the same verb', () => {
    const quote = resolveQuotes(doc, assignments).find((q) => q.text.startsWith('to expand trade'));
    expect(quote).toBeDefined();
    expect([...quote!.speakers].sort()).toEqual(['ent_ivo_marek', 'ent_lena_ostrova']);
    expect(quote!.speakers).toContain(quote!.speaker);
  });
});

describe('resolveQuotes keeps statements only', () => {
  const text = 'President Lena Ostrova thanked Prime Minister Ivo Marek for his support of the plan. Ostrova said the talks had gone well.';
  const doc = defaultPipeline().run(createDoc({ ...article('art_c', '2024-03-05'), text }));
  const assignments = new Map((doc.layers.entities ?? []).map((e) => [e.key, `ent_${e.name.toLowerCase().replace(/\W+/g, '_')}`]));

  it('leaves out an attribution that states nothing ("thanked … for"), which the quotes layer keeps', () => {
    const cue = (q: { cue: { start: number; end: number } | null }) => (q.cue ? text.slice(q.cue.start, q.cue.end) : '');
    expect((doc.layers.quotes ?? []).map(cue)).toContain('thanked');
    expect(resolveQuotes(doc, assignments).map(cue)).toEqual(['said']);
  });
});

describe('a people acting for a country the article does not name', () => {
  it('acts as that country, in the summary and as the corpus actor', async () => {
    const { entityId } = await import('../resolve/index.ts');
    const text = 'Israeli forces killed three Palestinians in a raid near Jenin on Tuesday, the health ministry said.';
    const doc = defaultPipeline().run(createDoc({ ...article('art_n', '2031-03-12'), text }));
    const kill = resolveEventMentions(doc, new Map()).find((m) => m.mode === 'kill');
    expect(kill?.summary).toMatch(/^Israel kills/);
    expect(kill?.actors).toEqual([entityId('GPE', 'Israel')]);
  });
});
