import { cosine, addInto, type Vector } from '../fuse/vectors.ts';
import { terms } from './terms.ts';
import {
  LEAD_SENTENCES,
  MAX_SENTENCE_WORDS,
  MENTION_WEIGHT,
  MIN_SENTENCE_WORDS,
  NAMES_DATE_BONUS,
  PUBLICATION_WEIGHT,
  REDUNDANCY_COSINE,
  SAME_DAY_MENTION_WEIGHT,
} from './tls.data.ts';
import { dayNumber, dayToIso } from '../fuse/dates.ts';

/**
 * Timeline summarisation over a collection of dated sentences: rank dates by how often the
 * collection refers to them and publishes on them, then pick each date's most central sentences
 * (TF-IDF centroid), skipping redundant ones. Pure and deterministic.
 */
export interface TlsSentence {
  readonly text: string;
  readonly article: string;
  /** The article's publication day, `YYYY-MM-DD`. */
  readonly published: string;
  /** Position of the sentence in its article (0 = first). */
  readonly index: number;
  /** Day-precise dates (`YYYY-MM-DD`) the sentence names. */
  readonly dates: readonly string[];
}

export interface TlsTask {
  /** Number of dates to output. */
  readonly l: number;
  /** Sentences per date. */
  readonly k: number;
  /** Inclusive bounds on dates. */
  readonly start?: string;
  readonly end?: string;
}

export type Timeline = Record<string, string[]>;

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return dayToIso(dayNumber(y, m, d) + 1);
}

function within(day: string, task: TlsTask): boolean {
  return (!task.start || day >= task.start) && (!task.end || day <= task.end);
}

/** Date scores: references from other days, same-day references, and publication volume. */
export function rankDates(sentences: readonly TlsSentence[], task: TlsTask): string[] {
  const score = new Map<string, number>();
  const add = (d: string, w: number) => {
    if (within(d, task)) score.set(d, (score.get(d) ?? 0) + w);
  };
  const published = new Set<string>();
  for (const s of sentences) {
    for (const d of new Set(s.dates)) add(d, d === s.published ? SAME_DAY_MENTION_WEIGHT : MENTION_WEIGHT);
    if (!published.has(s.article)) {
      published.add(s.article);
      add(s.published, PUBLICATION_WEIGHT);
    }
  }
  return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
}

function inverseDocumentFrequency(sentences: readonly TlsSentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(terms(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return new Map([...df].map(([t, c]) => [t, Math.log((n + 1) / (c + 1)) + 1]));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Candidate sentences per date: those naming it, and the leads of articles published on it or the day after. */
function candidatesByDate(sentences: readonly TlsSentence[], dates: ReadonlySet<string>): Map<string, { s: TlsSentence; names: boolean }[]> {
  const out = new Map<string, { s: TlsSentence; names: boolean }[]>();
  const push = (d: string, s: TlsSentence, names: boolean) => {
    if (!dates.has(d)) return;
    const list = out.get(d) ?? [];
    list.push({ s, names });
    out.set(d, list);
  };
  for (const s of sentences) {
    const words = wordCount(s.text);
    if (words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS) continue;
    const named = new Set(s.dates);
    for (const d of named) push(d, s, true);
    if (s.index < LEAD_SENTENCES) {
      if (!named.has(s.published)) push(s.published, s, false);
      // The lead of an article published the day after: yesterday's news.
      for (const d of dates) if (nextDay(d) === s.published && !named.has(d)) push(d, s, false);
    }
  }
  return out;
}

/** Picks up to k central, non-redundant sentences for one date. */
function summariseDate(cands: readonly { s: TlsSentence; names: boolean }[], idf: ReadonlyMap<string, number>, k: number): string[] {
  const seen = new Set<string>();
  const unique = cands.filter((c) => !seen.has(c.s.text) && seen.add(c.s.text));
  const vecs = unique.map((c) => {
    const v: Vector = new Map();
    for (const t of terms(c.s.text)) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
    return v;
  });
  const centroid: Vector = new Map();
  for (const v of vecs) addInto(centroid, v);
  const scored = unique
    .map((c, i) => ({ c, v: vecs[i], score: cosine(vecs[i], centroid) + (c.names ? NAMES_DATE_BONUS : 0) }))
    .sort((a, b) => b.score - a.score || (a.c.s.article < b.c.s.article ? -1 : a.c.s.article > b.c.s.article ? 1 : a.c.s.index - b.c.s.index));
  const chosen: typeof scored = [];
  for (const x of scored) {
    if (chosen.length >= k) break;
    if (chosen.some((y) => cosine(x.v, y.v) >= REDUNDANCY_COSINE)) continue;
    chosen.push(x);
  }
  return chosen.map((x) => x.c.s.text);
}

export function summariseTimeline(sentences: readonly TlsSentence[], task: TlsTask): Timeline {
  const inRange = sentences.filter((s) => within(s.published, task));
  const ranked = rankDates(inRange, task);
  const idf = inverseDocumentFrequency(inRange);
  const out: Timeline = {};
  const candidateDates = new Set(ranked.slice(0, task.l * 2));
  const cands = candidatesByDate(inRange, candidateDates);
  for (const d of ranked) {
    if (Object.keys(out).length >= task.l) break;
    const summary = summariseDate(cands.get(d) ?? [], idf, task.k);
    if (summary.length) out[d] = summary;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
