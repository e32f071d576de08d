import type { Article, PublishedDate } from '../core/article.ts';
import type { Contradiction, EntityMentionRecord, EntityRecord, EventRecord, QuoteRecord, StoryRecord } from '../core/corpus.ts';
import { diagnostic } from '../core/diagnostics.ts';
import { sha256, stableId } from '../core/ids.ts';
import type { Layers } from '../core/layers.ts';
import type { DatePrecision } from '../core/ontology.ts';
import type { ArticleCommit } from './types.ts';

/**
 * Hand-built store test data: original article texts written for these tests (not evaluation data)
 * and the records the corpus stages would produce for them, with offsets computed from the text.
 */

export const PORT_TEXT = [
  'Dockworkers at the port of Rotterdam began a 48-hour strike on Monday, halting container traffic at three terminals.',
  'The union FNV Havens said 1,200 workers walked out after talks with employers collapsed. "We will not accept a pay cut while profits rise," said union spokesperson Marieke de Vries.',
  'The port authority said the strike would delay about 30 ships. Rotterdam handled 13.4 million containers last year.',
  'Employers called the walkout irresponsible and said they had offered a 4 percent raise. Talks are expected to resume on Thursday.',
].join('\n\n');

export const SUMMIT_TEXT = [
  'Владимир Путин прибыл в Пхеньян 19 июня 2024 года, сообщило агентство ТАСС.',
  'President Vladimir Putin arrived in Pyongyang for a two-day visit and met Kim Jong Un at the airport. Putin visits North Korea for the first time in 24 years.',
  'The two leaders signed a partnership agreement. Kim said the agreement was "the strongest treaty" the countries had ever signed.',
].join('\n\n');

/** Astral characters (emoji, a flag) and diacritics before the words searched for, to test UTF-16 offsets. */
export const FESTIVAL_TEXT = [
  '🎉🇧🇷 The São Paulo festival opened with a parade through Avenida Paulista. Organizers expect 2 million visitors — more than in 2023.',
  'Café owners near the route reported record sales; one said the crowd was "bigger than Carnaval".',
].join('\n\n');

/** A text that mentions the strike once among many other words (lower bm25 than PORT_TEXT). */
export const SHIPPING_TEXT = [
  'Shipping lines rerouted vessels to Antwerp and Hamburg this week. Analysts said a strike in one port rarely moves freight rates for long.',
  'Container rates from Shanghai to northern Europe were unchanged, according to a weekly index.',
].join('\n\n');

export const FIXED_NOW = '2024-06-20T12:00:00.000Z';

/** The span of the `n`-th occurrence (0-based) of `needle` in `text`; throws if absent, so fixtures cannot drift. */
export function spanOf(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture text does not contain ${JSON.stringify(needle)} (occurrence ${n})`);
  }
  return { start: at, end: at + needle.length };
}

export function makeArticle(text: string, init: Partial<Omit<Article, 'text'>> = {}): Article {
  const contentHash = init.contentHash ?? sha256(`${init.source ?? 'fixture'}\n${text}`);
  const published: PublishedDate = init.published ?? { date: null, basis: 'unknown' };
  return {
    id: init.id ?? stableId('art', contentHash),
    source: init.source ?? `https://news.example/${contentHash.slice(0, 8)}`,
    contentHash,
    format: init.format ?? 'html',
    title: init.title ?? text.slice(0, text.indexOf('.') + 1),
    outlet: init.outlet ?? 'Example News',
    authors: init.authors ?? ['A. Reporter'],
    published,
    modified: init.modified ?? null,
    language: init.language ?? 'en',
    canonicalUrl: init.canonicalUrl ?? null,
    text,
    removed: init.removed ?? [{ text: 'Share this article', reason: 'share-prompt', rule: 'line:share' }],
    metadataSources: init.metadataSources ?? { title: 'json-ld' },
    diagnostics: init.diagnostics ?? [],
  };
}

/** Sentence layer plus one mention per given name, as the annotate stage would assign. */
export function layersFor(text: string, names: readonly string[]): Partial<Layers> {
  const sentences: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/gu)) sentences.push({ start: m.index, end: m.index + m[0].length });
  return {
    sentences,
    mentions: names.map((n, i) => ({ ...spanOf(text, n), type: 'PERSON', form: 'name', entity: `e${i}`, confidence: 0.9 })),
  };
}

export function emptyCommit(article: Article, rest: Partial<ArticleCommit> = {}): ArticleCommit {
  return {
    article,
    layers: {},
    diagnostics: [],
    supersedes: null,
    entities: [],
    removedEntities: [],
    mentions: [],
    events: [],
    removedEvents: [],
    contradictions: [],
    touchedEvents: [],
    quotes: [],
    story: null,
    duplicateOf: null,
    signature: null,
    ...rest,
  };
}

export function entity(id: string, name: string, init: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id,
    name,
    type: init.type ?? 'PERSON',
    aliases: init.aliases ?? [],
    keys: init.keys ?? [`name:${name.toLowerCase()}`],
    roles: init.roles ?? [],
    links: init.links ?? [],
    articles: init.articles ?? [],
    mentions: init.mentions ?? 1,
  };
}

/** A demonym record linking to a country (`ent_ru`) it has no mention of. */
export const LINKER: EntityRecord = entity('ent_rus', 'Russian', {
  type: 'NORP',
  keys: ['norp:russian'],
  links: [{ kind: 'demonym-of', target: 'ent_ru', evidence: [] }],
});

export function mention(article: Article, entityId: string, form: string, n = 0): EntityMentionRecord {
  return { article: article.id, ...spanOf(article.text, form, n), entity: entityId, form };
}

export function event(
  id: string,
  article: Article,
  trigger: string,
  date: string | null,
  precision: DatePrecision | null,
  init: Partial<EventRecord> = {},
): EventRecord {
  const span = spanOf(article.text, trigger);
  return {
    id,
    type: init.type ?? 'CONSULT',
    mode: init.mode ?? null,
    date,
    precision,
    dateBasis: init.dateBasis ?? (date ? 'explicit' : 'unknown'),
    summary: init.summary ?? trigger,
    actors: init.actors ?? [],
    targets: init.targets ?? [],
    place: init.place ?? null,
    modality: init.modality ?? 'asserted',
    intensity: init.intensity ?? 1,
    mentions: init.mentions ?? [
      {
        id: `${id}:m0`,
        article: article.id,
        type: init.type ?? 'CONSULT',
        mode: null,
        actors: init.actors ?? [],
        targets: init.targets ?? [],
        place: init.place ?? null,
        time: { value: date, precision, basis: date ? 'explicit' : 'unknown', timex: null },
        modality: 'asserted',
        attribution: null,
        quantities: [],
        intensity: 1,
        summary: trigger,
        trigger: span,
        evidence: { article: article.id, ...span, text: trigger },
        published: article.published.date,
        outlet: article.outlet,
      },
    ],
    articles: init.articles ?? [article.id],
    corroboration: init.corroboration ?? 1,
    keys: init.keys ?? [`type:${init.type ?? 'CONSULT'}`],
  };
}

/** A direct quote; `speakers` defaults to the one speaker (the first of several is the primary `speaker`). */
export function quote(id: string, article: Article, content: string, speaker: string | null, speakers: readonly string[] = speaker === null ? [] : [speaker]): QuoteRecord {
  return { id, article: article.id, ...spanOf(article.text, content), kind: 'direct', text: content, speaker, speakers, cue: null, source: null };
}

export function contradiction(id: string, eventId: string | null, about: string, articles: readonly string[]): Contradiction {
  return { id, about, event: eventId, rule: 'different values from independent outlets', claims: articles.map((a, i) => ({ value: String(i), articles: [a], evidence: [] })) };
}

export function story(id: string, label: string, articles: readonly string[], keys: readonly string[]): StoryRecord {
  return { id, label, articles, keys };
}

export const SAMPLE_DIAGNOSTICS = [diagnostic('warning', 'clean', 'date-unknown', 'no publication date found')];
