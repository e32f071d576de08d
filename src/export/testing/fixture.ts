import { plainArticle, type Article } from '../../core/article.ts';
import type {
  Contradiction,
  EntityMentionRecord,
  EntityRecord,
  EventRecord,
  QuoteRecord,
  ResolvedEventMention,
} from '../../core/corpus.ts';
import { sha256, stableId } from '../../core/ids.ts';
import type { Modality } from '../../core/ontology.ts';
import { evidence, type Evidence, type Span } from '../../core/span.ts';
import { splitSentences } from '../../annotate/sentences.ts';
import type { ArticleCommit } from '../../store/types.ts';

/**
 * A small hand-built corpus for the export and serve tests: two original articles (composed for
 * these tests) about a fictional fishermen's protest, with entities, four fused events (one dated only by its report's publication), quotes of
 * each kind and two contradictions (the protest's date and its size). Offsets are found with
 * `at`, so they always index into the texts below.
 */
const TEXT_A = [
  "Mayor Lena Ortiz met leaders of the Brenton fishermen's union on 4 March 2025, two days after a protest at the harbour.",
  'About 300 fishermen protested outside the town hall on 2 March 2025 against the new quota rules, the union said.',
  '"We are listening, and the quota will be reviewed," Ortiz told reporters after the meeting. She said the council would publish its review in April.',
].join('\n\n');

const TEXT_B = [
  'Some 500 fishermen rallied outside Brenton town hall on 1 March 2025, according to union spokesman Piet Moller.',
  'Moller said the quota rules would "empty the harbour" within a year. Mayor Ortiz is expected to meet the union this week.',
  'A banner at the rally read <b>No quotas</b> & "Save Brenton".',
  'The harbour master closed the north quay last week, Moller said.',
].join('\n\n');

/** The span of the `nth` occurrence of `needle` in `text`; throws when it is not there. */
export function at(text: string, needle: string, nth = 0): Span {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" not found`);
    if (i === nth) return { start, end: start + needle.length };
    from = start + 1;
  }
}

function article(source: string, text: string, fields: Partial<Article>): Article {
  const contentHash = sha256(text);
  return plainArticle(text, { id: stableId('art', contentHash), source, contentHash, ...fields });
}

export const articleA = article('fixtures/brenton-gazette.html', TEXT_A, {
  format: 'html',
  title: 'Brenton mayor meets fishermen after harbour protest',
  outlet: 'Brenton Gazette',
  authors: ['Jo Marsh'],
  published: { date: '2025-03-05', basis: 'metadata', how: 'meta[property=article:published_time]' },
  canonicalUrl: 'https://gazette.example/brenton-mayor',
  removed: [
    { text: 'Subscribe to our newsletter', reason: 'newsletter', rule: 'line:newsletter' },
    { text: 'Share this article', reason: 'share-prompt', rule: 'line:share' },
  ],
  metadataSources: { title: 'json-ld', published: 'meta-tag' },
});

export const articleB = article('https://wire.example/fishermen-rally', TEXT_B, {
  title: 'Fishermen rally in Brenton',
  outlet: 'Coast Wire',
  // No date on the page: dossier inferred a range from the dates the other sources give.
  published: {
    date: null,
    basis: 'inferred',
    how: 'from other sources: the rally the Brenton Gazette dates 2 March 2025',
    confidence: 0.5,
    notBefore: '2025-03-01',
    notAfter: '2025-03-31',
  },
});

/** What fuse writes into `time.relative` for a date taken over article B's inferred range. */
export const INFERRED_B = 'publication date inferred (2025-03-01…2025-03-31)';

const A = articleA.id;
const B = articleB.id;

function entity(key: string, name: string, type: EntityRecord['type'], aliases: string[], articles: string[], mentions: number, extra: Partial<EntityRecord> = {}): EntityRecord {
  return { id: stableId('ent', key), name, type, aliases, keys: [key], roles: [], links: [], articles, mentions, ...extra };
}

export const ortiz = entity('lena ortiz', 'Lena Ortiz', 'PERSON', ['Ortiz', 'Mayor Ortiz'], [A, B], 4, {
  roles: [{ role: 'Mayor', article: A, ...at(TEXT_A, 'Mayor'), date: '2025-03-05' }],
});
export const union = entity("brenton fishermen's union", "Brenton fishermen's union", 'ORG', ['the union', 'union'], [A, B], 3);
export const brenton = entity('brenton', 'Brenton', 'GPE', [], [A, B], 2);
export const moller = entity('piet moller', 'Piet Moller', 'PERSON', ['Moller'], [B], 2, {
  roles: [{ role: 'union spokesman', article: B, ...at(TEXT_B, 'union spokesman'), date: null }],
});

function mention(articleId: string, text: string, sentence: string, fields: {
  type: ResolvedEventMention['type']; trigger: string; actors: string[]; targets: string[]; modality: Modality;
  date: string | null; summary: string; published: string | null; outlet: string | null;
  attribution?: string; time?: ResolvedEventMention['time']; mode?: string;
}): ResolvedEventMention {
  const span = at(text, sentence);
  return {
    id: stableId('evm', articleId, span.start),
    article: articleId,
    type: fields.type,
    mode: fields.mode ?? (fields.type === 'CONSULT' ? 'meet' : fields.type === 'COERCE' ? 'close' : 'demonstrate'),
    actors: fields.actors,
    targets: fields.targets,
    place: brenton.id,
    time: fields.time ?? { value: fields.date, precision: fields.date ? 'day' : null, basis: fields.date ? 'explicit' : 'unknown', timex: null },
    modality: fields.modality,
    attribution: fields.attribution ?? null,
    quantities: [],
    intensity: 1,
    summary: fields.summary,
    trigger: at(text, fields.trigger),
    evidence: evidence(articleId, text, span),
    published: fields.published,
    outlet: fields.outlet,
  };
}

const meetA = mention(A, TEXT_A, "Mayor Lena Ortiz met leaders of the Brenton fishermen's union on 4 March 2025", {
  type: 'CONSULT', trigger: 'met', actors: [ortiz.id], targets: [union.id], modality: 'asserted', date: '2025-03-04',
  summary: 'Ortiz meets the fishermen’s union', published: '2025-03-05', outlet: 'Brenton Gazette',
});
const meetB = mention(B, TEXT_B, 'Mayor Ortiz is expected to meet the union this week.', {
  type: 'CONSULT', trigger: 'meet', actors: [ortiz.id], targets: [union.id], modality: 'planned', date: null,
  summary: 'Ortiz to meet the union', published: null, outlet: 'Coast Wire',
});
const protestA = mention(A, TEXT_A, 'About 300 fishermen protested outside the town hall on 2 March 2025 against the new quota rules', {
  type: 'PROTEST', trigger: 'protested', actors: [union.id], targets: [], modality: 'reported', date: '2025-03-02',
  summary: 'Fishermen protest quota rules', published: '2025-03-05', outlet: 'Brenton Gazette', attribution: union.id,
});
const protestB = mention(B, TEXT_B, 'Some 500 fishermen rallied outside Brenton town hall on 1 March 2025', {
  type: 'PROTEST', trigger: 'rallied', actors: [union.id], targets: [], modality: 'reported', date: '2025-03-01',
  summary: 'Fishermen rally in Brenton', published: null, outlet: 'Coast Wire',
});

/** Dated only over article B's inferred range: "last week" in some week of March 2025 is certainly 2025. */
const closureB = mention(B, TEXT_B, 'The harbour master closed the north quay last week, Moller said.', {
  type: 'COERCE', trigger: 'closed', actors: [], targets: [], modality: 'reported', date: '2025',
  summary: 'The harbour master closes the north quay', published: null, outlet: 'Coast Wire', attribution: moller.id,
  time: { value: '2025', precision: 'year', basis: 'relative', timex: at(TEXT_B, 'last week'), relative: INFERRED_B },
});

/** No time of its own: dated only by article A's publication date (it happened by then). */
const reviewA = mention(A, TEXT_A, '"We are listening, and the quota will be reviewed," Ortiz told reporters after the meeting.', {
  type: 'CONCEDE', trigger: 'reviewed', actors: [ortiz.id], targets: [union.id], modality: 'asserted', date: '2025-03-05', mode: 'policy',
  summary: 'Ortiz promises to review the quota', published: '2025-03-05', outlet: 'Brenton Gazette',
  time: { value: '2025-03-05', precision: 'day', basis: 'publication', timex: null },
});

function event(key: string, date: string | null, dateBasis: EventRecord['dateBasis'], modality: Modality, mentions: ResolvedEventMention[]): EventRecord {
  const first = mentions[0];
  return {
    id: stableId('evt', key),
    type: first.type,
    mode: first.mode,
    date,
    precision: date ? (date.length === 4 ? 'year' : 'day') : null,
    dateBasis,
    summary: first.summary,
    actors: first.actors,
    targets: first.targets,
    place: first.place,
    modality,
    intensity: first.intensity,
    mentions,
    articles: [...new Set(mentions.map((m) => m.article))],
    corroboration: new Set(mentions.map((m) => m.outlet)).size,
    keys: [key],
  };
}

export const meeting = event('meeting', '2025-03-04', 'explicit', 'asserted', [meetA, meetB]);
export const protest = event('protest', '2025-03-02', 'merged', 'reported', [protestA, protestB]);
export const closure = event('closure', '2025', 'relative', 'reported', [closureB]);
export const review = event('review', '2025-03-05', 'publication', 'asserted', [reviewA]);

const ev = (id: string, text: string, needle: string): Evidence => evidence(id, text, at(text, needle));

export const contradictions: Contradiction[] = [
  {
    id: stableId('con', protest.id, 'date'),
    about: 'date',
    event: protest.id,
    rule: 'explicit day dates differ',
    claims: [
      { value: '2025-03-02', articles: [A], evidence: [ev(A, TEXT_A, 'on 2 March 2025')] },
      { value: '2025-03-01', articles: [B], evidence: [ev(B, TEXT_B, 'on 1 March 2025')] },
    ],
  },
  {
    id: stableId('con', protest.id, 'count:fishermen'),
    about: 'count:fishermen',
    event: protest.id,
    rule: 'counts differ by more than 25%',
    claims: [
      { value: '300', articles: [A], evidence: [ev(A, TEXT_A, 'About 300 fishermen')] },
      { value: '500', articles: [B], evidence: [ev(B, TEXT_B, 'Some 500 fishermen')] },
    ],
  },
];

function quote(articleId: string, text: string, kind: QuoteRecord['kind'], content: string, speaker: string | null, cue?: [cue: string, speaker: string, nth: number]): QuoteRecord {
  const span = at(text, content);
  const [cueAt, sourceAt] = cue ? [at(text, cue[0]), at(text, cue[1], cue[2])] : [null, null];
  const speakers = speaker === null ? [] : [speaker];
  return { id: stableId('quo', articleId, span.start), article: articleId, ...span, kind, text: content, speaker, speakers, cue: cueAt, source: sourceAt };
}

export const quotes: QuoteRecord[] = [
  quote(A, TEXT_A, 'direct', 'We are listening, and the quota will be reviewed,', ortiz.id, ['told', 'Ortiz', 1]),
  quote(A, TEXT_A, 'reported', 'the council would publish its review in April', ortiz.id),
  quote(B, TEXT_B, 'partial', 'empty the harbour', moller.id),
];

function entityMentions(articleId: string, text: string, forms: [EntityRecord, string][]): EntityMentionRecord[] {
  return forms.map(([e, form]) => ({ article: articleId, entity: e.id, form, ...at(text, form) }));
}

function commit(a: Article, fields: Partial<ArticleCommit>): ArticleCommit {
  return {
    article: a, layers: { sentences: splitSentences(a.text) }, diagnostics: [], supersedes: null,
    entities: [], removedEntities: [], mentions: [], events: [], removedEvents: [], contradictions: [],
    touchedEvents: [], quotes: [], story: null, duplicateOf: null, signature: null, ...fields,
  };
}

/** The commits in order: article A alone, then article B with every corpus record. */
export function fixtureCommits(): ArticleCommit[] {
  return [
    commit(articleA, {
      entities: [ortiz, union, brenton].map((e) => ({ ...e, articles: [A] })),
      mentions: entityMentions(A, TEXT_A, [[ortiz, 'Lena Ortiz'], [union, "Brenton fishermen's union"], [brenton, 'Brenton']]),
      quotes: quotes.filter((q) => q.article === A),
    }),
    commit(articleB, {
      entities: [ortiz, union, brenton, moller],
      mentions: entityMentions(B, TEXT_B, [[brenton, 'Brenton'], [moller, 'Piet Moller'], [ortiz, 'Mayor Ortiz']]),
      events: [meeting, protest, closure, review],
      contradictions,
      touchedEvents: [meeting.id, protest.id, closure.id, review.id],
      quotes: quotes.filter((q) => q.article === B),
    }),
  ];
}

/** Article B's commit again with Moller's quote said jointly ("Ortiz and Moller said …"): speakers Ortiz and Moller, Moller primary. */
export function jointQuoteCommit(): ArticleCommit {
  const b = fixtureCommits()[1]!;
  return { ...b, quotes: b.quotes.map((q) => (q.speaker === moller.id ? { ...q, speakers: [ortiz.id, moller.id] } : q)) };
}
