/**
 * The learned cue tagger: a binary averaged perceptron that marks each token as inside an
 * attribution cue or not, decoded greedily left to right with the previous decision as a feature.
 * Weights ship in `model/cues.json` (produced by `train.ts`, see `npm run train:quotes`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Sentence } from '../../../core/layers.ts';
import type { Span } from '../../../core/span.ts';
import { LEARNED_CUE_THRESHOLD } from '../cues.data.ts';
import { tokenAt, type TokenView } from '../text-view.ts';
import { historyFeatures, shape, stem, tokenFeatures, type Context } from './features.ts';

/** Feature weights as shipped: integers, the averaged perceptron weight × `scale`, by template then value. */
export interface CueModel {
  readonly scale: number;
  readonly bias: number;
  readonly byTemplate: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const NONE: ReadonlyMap<string, number> = new Map();

/** Sums feature weights; one instance per tagging run, so no closure is made per token. */
class Scorer {
  sum = 0;
  constructor(private readonly model: CueModel) {}
  readonly emit = (t: string, x: string): void => {
    this.sum += (this.model.byTemplate.get(t) ?? NONE).get(x) ?? 0;
  };
}

/** Scores one token: bias plus the weights of its static and history features. */
function scoreToken(scorer: Scorer, c: Context, i: number, prev: number): number {
  scorer.sum = 0;
  tokenFeatures(c, i, scorer.emit);
  historyFeatures(prev, c.stems[i], scorer.emit);
  return scorer.sum;
}

export function buildContext(v: TokenView, sentences: readonly Sentence[], quotes: readonly Span[]): Context {
  const inQuote = new Array<boolean>(v.toks.length).fill(false);
  for (const q of quotes) for (let i = tokenAt(v, q.start); i < v.toks.length && v.toks[i].end <= q.end; i++) inQuote[i] = true;
  const sentenceFirst = new Array<number>(v.toks.length).fill(0);
  for (const s of sentences) {
    const first = tokenAt(v, s.start);
    for (let i = first; i < v.toks.length && v.toks[i].start < s.end; i++) sentenceFirst[i] = first;
  }
  const shapes = v.toks.map((_, i) => shape(v, i));
  const stems = v.low.map(stem);
  return { v, inQuote, sentenceFirst, shapes, stems };
}

/** The tagger's output: runs of cue tokens ([first, last] token indices, inclusive) and each token's score over the threshold. */
export interface Tagged {
  readonly runs: [number, number][];
  /** Score minus threshold, in averaged-weight units: positive means tagged as cue. */
  readonly margin: Float64Array;
}

export function tagCues(model: CueModel, c: Context): Tagged {
  const runs: [number, number][] = [];
  const margin = new Float64Array(c.v.toks.length);
  const scorer = new Scorer(model);
  let prev = 0;
  for (let i = 0; i < c.v.toks.length; i++) {
    margin[i] = (model.bias + scoreToken(scorer, c, i, prev)) / model.scale - LEARNED_CUE_THRESHOLD;
    const y = margin[i] > 0 ? 1 : 0;
    if (y && prev && c.sentenceFirst[i] === c.sentenceFirst[i - 1]) runs[runs.length - 1][1] = i;
    else if (y) runs.push([i, i]);
    prev = y;
  }
  return { runs, margin };
}

let shipped: CueModel | undefined;

/** The shipped model (read once). */
export function cueModel(): CueModel {
  if (!shipped) {
    const file = new URL('../model/cues.json', import.meta.url);
    // Without the weights file (see model/README.md) every score is 0, between RULE_CUE_VETO and the
    // threshold: the tagger tags nothing and vetoes nothing, and the rules work alone.
    const raw = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { scale: number; weights: Record<string, number> })
      : { scale: 1, weights: {} };
    const byTemplate = new Map<string, Map<string, number>>();
    for (const [key, w] of Object.entries(raw.weights)) {
      const cut = key.indexOf('=');
      if (cut < 0) continue;
      const t = key.slice(0, cut);
      if (!byTemplate.has(t)) byTemplate.set(t, new Map());
      byTemplate.get(t)!.set(key.slice(cut + 1), w);
    }
    shipped = { scale: raw.scale, bias: raw.weights.bias ?? 0, byTemplate };
  }
  return shipped;
}
