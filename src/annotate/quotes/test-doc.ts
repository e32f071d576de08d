import type { Article } from '../../core/article.ts';
import { createDoc, withLayers, type Doc } from '../../core/doc.ts';
import type { EntityMention, LocalEntity, MentionForm } from '../../core/layers.ts';
import type { EntityType } from '../../core/ontology.ts';
import { splitSentences, tokenize } from '../sentences.ts';

/** An entity for a hand-built test Doc: its key, type and the surface forms to mark wherever they occur. */
export interface TestEntity {
  readonly key: string;
  readonly type: EntityType;
  readonly forms: readonly string[];
  readonly form?: MentionForm;
}

/**
 * A Doc over plain text with sentences and tokens (real components) and hand-written mention and
 * entity layers: every occurrence of each form (longest first, whole words) becomes a mention.
 */
export function handDoc(text: string, entities: readonly TestEntity[], published: string | null = null): Doc {
  const article: Article = {
    id: 'test', source: 'test', contentHash: 'test', format: 'text', title: null, outlet: null, authors: [],
    published: published ? { date: published, basis: 'metadata' } : { date: null, basis: 'unknown' },
    modified: null, language: 'en', canonicalUrl: null, text, removed: [], metadataSources: {}, diagnostics: [],
  };
  const forms = entities.flatMap((e) => e.forms.map((f) => ({ e, f }))).sort((a, b) => b.f.length - a.f.length);
  const mentions: EntityMention[] = [];
  for (const { e, f } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + f.length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      mentions.push({ start, end, type: e.type, form: e.form ?? 'name', entity: e.key, confidence: 1 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const locals: LocalEntity[] = entities.map((e) => ({ key: e.key, name: e.forms[0], type: e.type, aliases: e.forms.slice(1), roles: [] }));
  return withLayers(createDoc(article), {
    sentences: splitSentences(text),
    tokens: tokenize(text),
    mentions,
    entities: locals,
    timexes: [],
  });
}
