/**
 * The learned cue tagger: an averaged perceptron that marks each token as inside an attribution cue or
 * not, with the previous token's label as a feature; decoded as trained (`decode` in the weights file):
 * the best labelling of each sentence (Viterbi), or greedily left to right.
 * Weights ship in `model/cues.json` (produced by `train.ts`, see `npm run train:quotes`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Sentence } from '../../../core/layers.ts';
import type { Span } from '../../../core/span.ts';
import { LEARNED_CUE_THRESHOLD } from '../cues.data.ts';
import { tokenAt, type TokenView } from '../text-view.ts';
import { bestLabels } from './decode.ts';
import { historyFeatures, shape, stem, tokenFeatures, type Context } from './features.ts';

/** Feature weights as shipped: integers, the averaged perceptron weight × `scale`, by template then value. */
export interface CueModel {
  readonly scale: number;
  readonly bias: number;
  /** How the weights were trained and must be decoded: token by token, or the best labelling of the article. */
  readonly decode: 'greedy' | 'viterbi';
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

function historyScore(scorer: Scorer, c: Context, i: number, prev: number): number {
  scorer.sum = 0;
  historyFeatures(prev, c.stems[i], scorer.emit);
  return scorer.sum;
}

export function buildContext(v: TokenView, sentences: readonly Sentence[], quotes: readonly Span[]): Context {
  const inQuote = new Array<boolean>(v.toks.length).fill(false);
  for (const q of quotes) for (let i = tokenAt(v, q.start); i < v.toks.length && v.toks[i].end <= q.end; i++) inQuote[i] = true;
  const sentenceFirst = new Array<number>(v.toks.length).fill(0);
  const paraFirst = new Array<boolean>(v.toks.length).fill(false);
  for (const s of sentences) {
    const first = tokenAt(v, s.start);
    const opens = first === 0 || /\n/.test(v.text.slice(v.toks[first - 1].end, v.toks[first]?.start ?? v.text.length));
    for (let i = first; i < v.toks.length && v.toks[i].start < s.end; i++) {
      sentenceFirst[i] = first;
      paraFirst[i] = opens;
    }
  }
  const shapes = v.toks.map((_, i) => shape(v, i));
  const stems = v.low.map(stem);
  return { v, inQuote, sentenceFirst, shapes, stems, paraFirst };
}

/** The tagger's output: runs of cue tokens ([first, last] token indices, inclusive) and each token's score over the threshold. */
export interface Tagged {
  readonly runs: [number, number][];
  /** Score minus threshold, in averaged-weight units: positive means tagged as cue. */
  readonly margin: Float64Array;
}

/** Tags cues; `threshold` is the score a cue token needs (averaged-weight units). */
export function tagCues(model: CueModel, c: Context, threshold = LEARNED_CUE_THRESHOLD): Tagged {
  return model.decode === 'viterbi' ? tagBest(model, c, threshold) : tagGreedy(model, c, threshold);
}

/** Runs of consecutive cue labels inside one sentence. */
function runsOf(c: Context, labels: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]) continue;
    if (i > 0 && labels[i - 1] && c.sentenceFirst[i] === c.sentenceFirst[i - 1]) runs[runs.length - 1][1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The best labelling of the whole article (weights trained as a structured perceptron). */
function tagBest(model: CueModel, c: Context, threshold: number): Tagged {
  const n = c.v.toks.length;
  const scorer = new Scorer(model);
  const own = new Float64Array(n);
  const hist = [new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < n; i++) {
    scorer.sum = 0;
    tokenFeatures(c, i, scorer.emit);
    own[i] = (model.bias + scorer.sum) / model.scale - threshold;
    hist[0][i] = historyScore(scorer, c, i, 0) / model.scale;
    hist[1][i] = historyScore(scorer, c, i, 1) / model.scale;
  }
  // each sentence on its own, as in training: its first token follows no decision
  const labels = new Uint8Array(n);
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && c.sentenceFirst[b] === c.sentenceFirst[a]) b++;
    labels.set(bestLabels(own.subarray(a, b), (prev, i) => hist[prev][a + i]), a);
    a = b;
  }
  const margin = new Float64Array(n);
  for (let i = 0; i < n; i++) margin[i] = own[i] + hist[i > 0 && c.sentenceFirst[i] === c.sentenceFirst[i - 1] ? labels[i - 1] : 0][i];
  return { runs: runsOf(c, labels), margin };
}

function tagGreedy(model: CueModel, c: Context, threshold: number): Tagged {
  const runs: [number, number][] = [];
  const margin = new Float64Array(c.v.toks.length);
  const scorer = new Scorer(model);
  let prev = 0;
  for (let i = 0; i < c.v.toks.length; i++) {
    margin[i] = (model.bias + scoreToken(scorer, c, i, prev)) / model.scale - threshold;
    const y = margin[i] > 0 ? 1 : 0;
    if (y && prev && c.sentenceFirst[i] === c.sentenceFirst[i - 1]) runs[runs.length - 1][1] = i;
    else if (y) runs.push([i, i]);
    prev = y;
  }
  return { runs, margin };
}

let shipped: CueModel | undefined;
let modelFile: URL = new URL('../model/cues.json', import.meta.url);

/** Reads the weights from another file from now on (the evaluation's `--model`, for train-internal splits). */
export function useCueModelFile(file: URL): void {
  modelFile = file;
  shipped = undefined;
}

/** Uses these weights from now on (the trainer, scoring its own fresh model). */
export function useCueModel(model: CueModel): void {
  shipped = model;
}

/** The weights file's content as a model: `bias` alone, every other key `template=value`. */
export function modelFrom(raw: { scale: number; decode?: string; weights: Record<string, number> }): CueModel {
  const byTemplate = new Map<string, Map<string, number>>();
  for (const [key, w] of Object.entries(raw.weights)) {
    const cut = key.indexOf('=');
    if (cut < 0) continue;
    const t = key.slice(0, cut);
    if (!byTemplate.has(t)) byTemplate.set(t, new Map());
    byTemplate.get(t)!.set(key.slice(cut + 1), w);
  }
  return { scale: raw.scale, bias: raw.weights.bias ?? 0, decode: raw.decode === 'viterbi' ? 'viterbi' : 'greedy', byTemplate };
}

/** The shipped model (read once). */
export function cueModel(): CueModel {
  if (!shipped) {
    // Without the weights file (see model/README.md) the model is empty: `learnedAttributions` returns the
    // rules' attributions as they are, and the rules work alone.
    shipped = modelFrom(existsSync(modelFile) ? JSON.parse(readFileSync(modelFile, 'utf8')) : { scale: 1, weights: {} });
  }
  return shipped;
}
