/**
 * The learned attribution filter: a second averaged perceptron, trained after the cue tagger (see
 * `train.ts`), that scores each candidate attribution from a learned cue or a rule on an ambiguous cue
 * (`filter-features.ts`) and drops those scored below `FILTER_THRESHOLD`; the rules' attributions on
 * plain speech and belief cues are kept (nested ones too, which PolNeAR does not annotate). Its weights ship in the same
 * file as the tagger's, under templates prefixed `f.`; without them every score is 0 and all is kept.
 */
import type { Span } from '../../../core/span.ts';
import type { Attribution } from '../find.ts';
import type { TokenView } from '../text-view.ts';
import { candidateFeatures, type Candidate } from './filter-features.ts';
import { FILTER_THRESHOLD } from './learn.data.ts';
import type { CueModel } from './tagger.ts';

/** Prefix of the filter's templates in the weights file. */
export const FILTER_PREFIX = 'f.';

const NONE: ReadonlyMap<string, number> = new Map();

/** Receives the candidates of one article before filtering (the trainer labels and learns from them). */
export type CandidateSink = (v: TokenView, all: readonly Candidate[], quotes: readonly Span[], cueScores: readonly number[]) => void;
let sink: CandidateSink | null = null;

/** Sends every article's candidates to `fn` (null: stop). */
export function collectCandidates(fn: CandidateSink | null): void {
  sink = fn;
}

/** The candidates the filter keeps. `cueScores[k]`: the tagger's best margin over candidate k's cue. */
export function filtered(model: CueModel, v: TokenView, all: readonly Candidate[], quotes: readonly Span[], cueScores: readonly number[]): Attribution[] {
  sink?.(v, all, quotes, cueScores);
  const bias = model.byTemplate.get(`${FILTER_PREFIX}bias`)?.get('') ?? 0;
  let sum = 0;
  const emit = (t: string, x: string) => {
    sum += (model.byTemplate.get(FILTER_PREFIX + t) ?? NONE).get(x) ?? 0;
  };
  return all.flatMap((c, k) => {
    if (c.origin === 'rule') return [c.a];
    sum = bias;
    candidateFeatures(v, all, k, quotes, cueScores[k], emit);
    return sum / model.scale >= FILTER_THRESHOLD ? [c.a] : [];
  });
}
