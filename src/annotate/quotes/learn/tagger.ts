/**
 * The learned cue tagger: a binary averaged perceptron that marks each token as inside an
 * attribution cue or not, decoded greedily left to right with the previous decision as a feature.
 * Weights ship in `model/cues.json` (produced by `train.ts`, see `npm run train:quotes`).
 */
import { readFileSync } from 'node:fs';
import type { Sentence } from '../../../core/layers.ts';
import type { Span } from '../../../core/span.ts';
import { LEARNED_CUE_THRESHOLD } from '../cues.data.ts';
import { tokenAt, type TokenView } from '../text-view.ts';
import { historyFeatures, tokenFeatures, type Context } from './features.ts';

/** Feature weights as shipped: integers, the averaged perceptron weight × `scale`. */
export interface CueModel {
  readonly scale: number;
  readonly weights: ReadonlyMap<string, number>;
  /** Per template, the weights already looked up by value (values are interned token strings, so lookups are cheap). */
  readonly cache: Map<string, Map<string, number>>;
}

/** Templates whose value is a token's own lower-case string (interned per document, so cached lookups are cheap). */
const CACHED = new Set(['w', 'p1', 'n1', 'p2', 'n2', 'lexp1', 'cl']);

/** Scores one token: bias plus the weights of its static and history features. */
function scoreToken(model: CueModel, c: Context, i: number, prev: number): number {
  let s = model.weights.get('bias') ?? 0;
  const emit = (t: string, x: string) => {
    if (!CACHED.has(t)) {
      s += model.weights.get(`${t}=${x}`) ?? 0;
      return;
    }
    let byValue = model.cache.get(t);
    if (!byValue) model.cache.set(t, (byValue = new Map()));
    let w = byValue.get(x);
    if (w === undefined) byValue.set(x, (w = model.weights.get(`${t}=${x}`) ?? 0));
    s += w;
  };
  tokenFeatures(c, i, emit);
  historyFeatures(prev, c.v.low[i], emit);
  return s;
}

export function buildContext(v: TokenView, sentences: readonly Sentence[], quotes: readonly Span[]): Context {
  const inQuote = new Array<boolean>(v.toks.length).fill(false);
  for (const q of quotes) for (let i = tokenAt(v, q.start); i < v.toks.length && v.toks[i].end <= q.end; i++) inQuote[i] = true;
  const sentenceFirst = new Array<number>(v.toks.length).fill(0);
  for (const s of sentences) {
    const first = tokenAt(v, s.start);
    for (let i = first; i < v.toks.length && v.toks[i].start < s.end; i++) sentenceFirst[i] = first;
  }
  return { v, inQuote, sentenceFirst };
}

/** Runs of tokens tagged as cue: [first, last] token indices, inclusive. */
export function tagCues(model: CueModel, c: Context): [number, number][] {
  const runs: [number, number][] = [];
  let prev = 0;
  for (let i = 0; i < c.v.toks.length; i++) {
    const y = scoreToken(model, c, i, prev) > LEARNED_CUE_THRESHOLD * model.scale ? 1 : 0;
    if (y && prev && c.sentenceFirst[i] === c.sentenceFirst[i - 1]) runs[runs.length - 1][1] = i;
    else if (y) runs.push([i, i]);
    prev = y;
  }
  return runs;
}

let shipped: CueModel | undefined;

/** The shipped model (read once). */
export function cueModel(): CueModel {
  if (!shipped) {
    const raw = JSON.parse(readFileSync(new URL('../model/cues.json', import.meta.url), 'utf8')) as { scale: number; weights: Record<string, number> };
    shipped = { scale: raw.scale, weights: new Map(Object.entries(raw.weights)), cache: new Map() };
  }
  return shipped;
}
