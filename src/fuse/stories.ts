import type { StoryRecord } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import { stableId } from '../core/ids.ts';
import {
  ENTITY_KEY_WEIGHT,
  ENTITY_KEYS_PER_DOC,
  JOIN_THRESHOLD,
  LEAD_CHARS,
  LEAD_WEIGHT,
  PROFILE_MEMORY,
  STOPWORDS,
  STORY_PROFILE_SIZE,
  TITLE_WEIGHT,
  WORD_KEYS_PER_DOC,
} from './stories.data.ts';
import { norm } from './vectors.ts';

/**
 * Incremental story clustering. An article's keys are its most-mentioned corpus entities (`e:`)
 * and heaviest content words (`w:`); a story keeps a bounded profile of keys ordered by salience.
 * A new article is compared only with the stories that share a key (the store's key index), so
 * the cost per article is flat however large the corpus grows.
 */

/** A crude English stem: plural and possessive endings off, so "visits"/"visit" meet. */
export function stem(word: string): string {
  return word.replace(/['’]s$/, '').replace(/(?<=[a-z]{3})(?:ies)$/, 'y').replace(/(?<=[a-z]{3}[^s])s$/, '');
}

function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** The article's keys with weights, heaviest first (ties by key). */
export function weightedKeys(doc: Doc, assignments: ReadonlyMap<string, string>): [string, number][] {
  const entityCounts = new Map<string, number>();
  for (const m of doc.layers.mentions ?? []) {
    if (m.form === 'pronoun') continue;
    const id = assignments.get(m.entity);
    if (id) entityCounts.set(id, (entityCounts.get(id) ?? 0) + 1);
  }
  const wordWeights = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const word of contentWords(text)) wordWeights.set(word, (wordWeights.get(word) ?? 0) + w);
  };
  add(doc.article.title ?? '', TITLE_WEIGHT);
  add(doc.text.slice(0, LEAD_CHARS), LEAD_WEIGHT);
  add(doc.text.slice(LEAD_CHARS), 1);
  const top = (m: Map<string, number>, n: number, prefix: string, scale: number): [string, number][] =>
    [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k, v]) => [`${prefix}${k}`, Math.sqrt(v) * scale]);
  return [
    ...top(entityCounts, ENTITY_KEYS_PER_DOC, 'e:', ENTITY_KEY_WEIGHT),
    ...top(wordWeights, WORD_KEYS_PER_DOC, 'w:', 1),
  ].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function storyKeys(doc: Doc, assignments: ReadonlyMap<string, string>): string[] {
  return weightedKeys(doc, assignments).map(([k]) => k);
}

/** A story's profile weights from the order of its keys: linear from 1 down to 1/size. */
export function profileWeights(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, 1 - i / Math.max(keys.length, 1)]));
}

/**
 * How much of the article's key weight the story's profile covers, each shared key counted at the
 * story's weight for it (0..1). Unlike a cosine it does not penalise a story for being broad.
 */
export function coverage(doc: ReadonlyMap<string, number>, story: ReadonlyMap<string, number>): number {
  let total = 0;
  let covered = 0;
  for (const [k, w] of doc) {
    total += w;
    covered += w * (story.get(k) ?? 0);
  }
  return total === 0 ? 0 : covered / total;
}

function updatedProfile(story: StoryRecord | null, doc: ReadonlyMap<string, number>): string[] {
  const scores = new Map<string, number>();
  const docNorm = norm(doc) || 1;
  if (story) {
    const w = profileWeights(story.keys);
    const n = Math.min(story.articles.length, PROFILE_MEMORY);
    const sNorm = norm(w) || 1;
    for (const [k, v] of w) scores.set(k, (v / sNorm) * n);
  }
  for (const [k, v] of doc) scores.set(k, (scores.get(k) ?? 0) + v / docNorm);
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, STORY_PROFILE_SIZE)
    .map(([k]) => k);
}

function labelOf(doc: Doc, keys: readonly [string, number][]): string {
  if (doc.article.title) return doc.article.title;
  const words = keys.filter(([k]) => k.startsWith('w:')).slice(0, 4).map(([k]) => k.slice(2));
  return words.join(' ') || doc.article.id;
}

/**
 * The story the article joins (updated, full record) or a new story it starts. Re-assigning an
 * article already in a story returns that story unchanged.
 */
export function assignStory(
  doc: Doc,
  assignments: ReadonlyMap<string, string>,
  candidates: readonly StoryRecord[],
  joinThreshold: number = JOIN_THRESHOLD,
): StoryRecord {
  const id = doc.article.id;
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1));
  const already = sorted.find((s) => s.articles.includes(id));
  if (already) return already;
  const keys = weightedKeys(doc, assignments);
  const docWeights = new Map(keys);
  let best: StoryRecord | null = null;
  let bestScore = joinThreshold;
  for (const s of sorted) {
    const score = coverage(docWeights, profileWeights(s.keys));
    if (score >= bestScore && (best === null || score > bestScore)) [best, bestScore] = [s, score];
  }
  if (best) return { ...best, articles: [...best.articles, id], keys: updatedProfile(best, docWeights) };
  return { id: stableId('sty', id), label: labelOf(doc, keys), articles: [id], keys: updatedProfile(null, docWeights) };
}
