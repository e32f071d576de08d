import type { EntityRecord, EventRecord, QuoteRecord } from '../core/corpus.ts';
import type { EntityMention } from '../core/layers.ts';
import { PLOVER_TYPES } from '../core/ontology.ts';
import { bandKeys } from '../fuse/minhash.ts';
import { emptyCommit, event, makeArticle } from './fixtures.ts';
import type { ArticleCommit } from './types.ts';

/**
 * Synthetic articles of realistic size for the store benchmark: about 4 KB of text, 30 entity
 * mentions, 10 events, 4 quotes, a 128-value signature and a story, drawn from a fixed seed so
 * every run writes the same data. Entities come from a shared pool, so later articles update
 * records (and their index rows) that earlier ones created, as `resolve` does.
 */
export const BENCH_SHAPE = { textChars: 4000, mentions: 30, events: 10, quotes: 4, entityPool: 300, signature: 128 } as const;

const WORDS =
  'the minister said talks would resume after officials met in the capital on Tuesday while analysts warned that sanctions and shipments of fuel could delay an agreement between the two governments whose leaders signed a statement about security cooperation trade and the border region where soldiers and workers gathered near the port'.split(
    ' ',
  );
const FIRST = ['Anna', 'Pavel', 'Kim', 'Maria', 'Jonas', 'Leila', 'Tomas', 'Yuki', 'Omar', 'Sofia'];
const LAST = ['Petrova', 'Lindqvist', 'Okafor', 'Haddad', 'Moreau', 'Tanaka', 'Novak', 'Silva', 'Kowalski', 'Ivanova'];
const TRIGGERS = ['met', 'signed', 'warned', 'visited', 'accused', 'agreed', 'rejected', 'shipped', 'protested', 'announced'];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function poolName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 100 ? ` ${Math.floor(i / 100)}` : ''}`;
}

/** The `n`-th synthetic article's commit. Entity records accumulate in `entities` across calls. */
export function syntheticCommit(n: number, entities: Map<string, EntityRecord>): ArticleCommit {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const cast = Array.from({ length: 15 }, () => Math.floor(r() * BENCH_SHAPE.entityPool));
  let text = '';
  const mentionSpans: { start: number; end: number; entity: number }[] = [];
  const triggers: string[] = [];
  while (text.length < BENCH_SHAPE.textChars) {
    const sentence: string[] = [];
    const len = 12 + Math.floor(r() * 14);
    for (let w = 0; w < len; w++) sentence.push(pick(WORDS));
    const trigger = `${pick(TRIGGERS)}-${n}-${triggers.length}`;
    if (triggers.length < BENCH_SHAPE.events) {
      sentence.splice(3, 0, trigger);
      triggers.push(trigger);
    }
    let prefix = text + (text && r() < 0.2 ? '\n\n' : text ? ' ' : '');
    if (mentionSpans.length < BENCH_SHAPE.mentions) {
      const who = pick(cast);
      const name = poolName(who);
      mentionSpans.push({ start: prefix.length, end: prefix.length + name.length, entity: who });
      prefix += `${name} `;
    }
    text = `${prefix}${sentence.join(' ')}.`;
  }
  const article = makeArticle(text, {
    source: `https://bench.example/${n}`,
    published: { date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, basis: 'metadata' },
  });
  const entityId = (i: number) => `ent_bench_${i}`;
  const touched = [...new Set(mentionSpans.map((m) => m.entity))];
  for (const i of touched) {
    const old = entities.get(entityId(i));
    const count = mentionSpans.filter((m) => m.entity === i).length;
    entities.set(entityId(i), {
      id: entityId(i),
      name: poolName(i),
      type: 'PERSON',
      aliases: [poolName(i).split(' ')[1]!],
      keys: [`name:${poolName(i).toLowerCase()}`, `last:${poolName(i).split(' ')[1]!.toLowerCase()}`],
      roles: [],
      links: [],
      articles: [...(old?.articles ?? []), article.id],
      mentions: (old?.mentions ?? 0) + count,
    });
  }
  const mentionLayer: EntityMention[] = mentionSpans.map((m) => ({ start: m.start, end: m.end, type: 'PERSON', form: 'name', entity: `e${m.entity}`, confidence: 0.9 }));
  const events: EventRecord[] = triggers.map((t, k) =>
    event(`evt_bench_${n}_${k}`, article, t, k % 3 === 0 ? '2024' : `2024-${String(1 + ((n + k) % 12)).padStart(2, '0')}-15`, k % 3 === 0 ? 'year' : 'day', {
      type: PLOVER_TYPES[(n + k) % PLOVER_TYPES.length],
      actors: [entityId(cast[k % cast.length]!)],
      targets: [entityId(cast[(k + 1) % cast.length]!)],
      keys: [`actor:${cast[k % cast.length]}`, `month:2024-${(n + k) % 12}`],
    }),
  );
  const quotes: QuoteRecord[] = Array.from({ length: BENCH_SHAPE.quotes }, (_, k) => {
    const start = Math.floor((text.length / BENCH_SHAPE.quotes) * k);
    return { id: `quo_bench_${n}_${k}`, article: article.id, start, end: start + 80, kind: 'direct', text: text.slice(start, start + 80), speaker: entityId(cast[k]!), speakers: [entityId(cast[k]!)], cue: null, source: null };
  });
  const signature = Array.from({ length: BENCH_SHAPE.signature }, () => Math.floor(r() * 2 ** 31));
  return emptyCommit(article, {
    layers: { mentions: mentionLayer },
    entities: touched.map((i) => entities.get(entityId(i))!),
    mentions: mentionSpans.map((m) => ({ article: article.id, start: m.start, end: m.end, entity: entityId(m.entity), form: text.slice(m.start, m.end) })),
    events,
    touchedEvents: events.map((e) => e.id),
    quotes,
    story: { id: `sto_bench_${n % 20}`, label: `Story ${n % 20}`, articles: [article.id], keys: [`story:${n % 20}`] },
    signature,
    bands: bandKeys(signature),
  });
}

/** Queries for the search benchmark: single words, two words, a phrase and an OR. */
export function benchQueries(count: number): string[] {
  const r = rng(99);
  const w = () => WORDS[Math.floor(r() * WORDS.length)]!;
  return Array.from({ length: count }, (_, i) =>
    i % 4 === 0 ? poolName(Math.floor(r() * 50)).split(' ')[1]! : i % 4 === 1 ? `${w()} ${w()}` : i % 4 === 2 ? `"${poolName(i % 40)}"` : `${TRIGGERS[i % 10]}-${i} OR ${w()}`,
  );
}
