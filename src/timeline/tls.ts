import { addInto, cosine, norm, type Vector } from '../fuse/vectors.ts';
import { terms } from './terms.ts';
import { TLS_PARAMS, type TlsParams } from './tls.data.ts';

/**
 * Timeline summarisation over a collection of dated sentences, after DATEWISE (Gholipour
 * Ghalandari & Ifrim 2020): rank dates by how often the collection names them and publishes on
 * them; collect each date's candidate sentences (those naming the date, and undated lead sentences
 * published that day or the next, when the day's news is reported), keep the ones close to what both kinds agree on; then pick the
 * k sentences whose sum best matches the candidates' TF-IDF centroid. Pure and deterministic.
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

function addDays(day: string, n: number): string {
  return new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
}

function within(day: string, task: TlsTask): boolean {
  return (!task.start || day >= task.start) && (!task.end || day <= task.end);
}

/** Date scores: references from other days, same-day references, and publication volume. */
export function rankDates(sentences: readonly TlsSentence[], task: TlsTask, p: TlsParams = TLS_PARAMS): string[] {
  const score = new Map<string, number>();
  const add = (d: string, w: number) => {
    if (within(d, task)) score.set(d, (score.get(d) ?? 0) + w);
  };
  const published = new Set<string>();
  // Each article votes once per date it names, however many of its sentences repeat it.
  const voted = new Set<string>();
  for (const s of sentences) {
    for (const d of new Set(s.dates)) {
      const vote = `${s.article}\u0000${d}`;
      if (voted.has(vote)) continue;
      voted.add(vote);
      add(d, d === s.published ? p.sameDayMentionWeight : p.mentionWeight);
    }
    if (!published.has(s.article)) {
      published.add(s.article);
      add(s.published, p.publicationWeight);
    }
  }
  return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
}

/** TF-IDF with smoothed IDF (as scikit-learn's default), rows L2-normalised. */
class TfIdf {
  private readonly idf = new Map<string, number>();
  private readonly n: number;
  constructor(texts: readonly string[]) {
    const df = new Map<string, number>();
    for (const t of texts) for (const w of new Set(terms(t))) df.set(w, (df.get(w) ?? 0) + 1);
    this.n = texts.length;
    for (const [w, c] of df) this.idf.set(w, Math.log((1 + this.n) / (1 + c)) + 1);
  }
  vector(text: string): Vector {
    const v: Vector = new Map();
    for (const w of terms(text)) v.set(w, (v.get(w) ?? 0) + (this.idf.get(w) ?? Math.log(1 + this.n) + 1));
    const n = norm(v) || 1;
    for (const [w, c] of v) v.set(w, c / n);
    return v;
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Index of the knee of a descending curve: the point farthest from the chord joining its ends. */
export function kneePoint(values: readonly number[]): number {
  const n = values.length;
  if (n < 3) return n - 1;
  const [x1, y1, x2, y2] = [0, values[0], n - 1, values[n - 1]];
  let best = 0;
  let bestDist = -1;
  for (let i = 0; i < n; i++) {
    const d = Math.abs((y2 - y1) * i - (x2 - x1) * values[i] + x2 * y1 - y2 * x1);
    if (d > bestDist) [best, bestDist] = [i, d];
  }
  return best;
}

interface Candidate {
  readonly s: TlsSentence;
  readonly v: Vector;
}

/**
 * A date's candidates: sentences naming it, and undated lead sentences published that day or the next.
 * When both exist, only those close to the terms both kinds share are kept (DATEWISE's PM-mean).
 */
function collect(ment: readonly Candidate[], pub: readonly Candidate[]): Candidate[] {
  if (ment.length === 0 || pub.length === 0) return [...ment, ...pub];
  const cm: Vector = new Map();
  const cp: Vector = new Map();
  for (const c of ment) addInto(cm, c.v, 1 / ment.length);
  for (const c of pub) addInto(cp, c.v, 1 / pub.length);
  const shared: Vector = new Map();
  for (const [w, x] of cm) {
    const y = cp.get(w);
    if (y) shared.set(w, x + y);
  }
  const all = [...ment, ...pub];
  const sims = all.map((c) => cosine(shared, c.v));
  const sorted = [...sims].sort((a, b) => b - a);
  const thresh = sorted[kneePoint(sorted)];
  const kept = all.filter((_, i) => sims[i] > 0 && sims[i] > thresh);
  return kept.length ? kept : all;
}

/** Greedy centroid optimisation: add the sentence that brings the summary closest to the centroid. */
function centroidOpt(cands: readonly Candidate[], k: number, p: TlsParams): string[] {
  const seen = new Set<string>();
  const pool = cands.filter((c) => {
    const w = wordCount(c.s.text);
    if (seen.has(c.s.text) || w < p.minWords || w > p.maxWords) return false;
    seen.add(c.s.text);
    return true;
  });
  const centroid: Vector = new Map();
  for (const c of cands) addInto(centroid, c.v);
  const chosen: Candidate[] = [];
  const summary: Vector = new Map();
  while (chosen.length < k) {
    let best: Candidate | null = null;
    let bestScore = -1;
    for (const c of pool) {
      if (chosen.includes(c)) continue;
      if (chosen.some((o) => cosine(o.v, c.v) >= p.redundancyCosine)) continue;
      const next = new Map(summary);
      addInto(next, c.v);
      const score = cosine(next, centroid);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best) break;
    chosen.push(best);
    addInto(summary, best.v);
  }
  return chosen.map((c) => c.s.text);
}

export function summariseTimeline(sentences: readonly TlsSentence[], task: TlsTask, p: TlsParams = TLS_PARAMS): Timeline {
  const inRange = sentences.filter((s) => within(s.published, task));
  return summariseDates(inRange, rankDates(inRange, task, p), task, p);
}

/**
 * Summaries for the first `task.l` dates of `ranked` (best first) that have candidates, from
 * sentences already restricted to the task's range. Separate from date ranking so either can be
 * evaluated alone (e.g. sentence choice on the gold dates).
 */
export function summariseDates(inRange: readonly TlsSentence[], ranked: readonly string[], task: TlsTask, p: TlsParams = TLS_PARAMS): Timeline {
  const tfidf = new TfIdf(inRange.map((s) => s.text));
  const ment = new Map<string, Candidate[]>();
  const pub = new Map<string, Candidate[]>();
  const push = (m: Map<string, Candidate[]>, d: string, c: Candidate) => {
    const list = m.get(d) ?? [];
    list.push(c);
    m.set(d, list);
  };
  for (const s of inRange) {
    const dated = s.dates.length > 0;
    if (s.index >= (dated ? p.mentionSentences : p.leadSentences)) continue;
    const c = { s, v: tfidf.vector(s.text) };
    if (!dated) {
      for (const lag of p.reportLag) push(pub, addDays(s.published, -lag), c);
      continue;
    }
    for (const d of new Set(s.dates)) if (p.forwardMentions || d <= s.published) push(ment, d, c);
  }
  const out: Timeline = {};
  for (const d of ranked) {
    if (Object.keys(out).length >= task.l) break;
    const summary = centroidOpt(collect(ment.get(d) ?? [], pub.get(d) ?? []), task.k, p);
    if (summary.length) out[d] = summary;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
