/**
 * Trains the attribution filter (`filter.ts`) after the cue tagger: runs the quote finder, with
 * tagger weights in use (see `FOLDS` in train.ts), over the training articles; each candidate is labelled good when its
 * source overlaps a gold source (a candidate without a source: when its cue overlaps a gold cue), and an
 * averaged perceptron learns from the candidates' features. Deterministic: fixed order, no randomness
 * beyond the seeded shuffle.
 */
import { splitSentences, tokenize } from '../../sentences.ts';
import { findAttributions } from '../find.ts';
import { candidateKeys } from './filter-features.ts';
import { collectCandidates, FILTER_PREFIX } from './filter.ts';
import { fitLogistic } from './logreg.ts';

type Range = readonly [number, number];

export interface GoldArticle {
  readonly text: string;
  readonly sources: readonly Range[];
  readonly cues: readonly Range[];
}

const overlaps = (rs: readonly Range[], s: { start: number; end: number }) => rs.some(([a, b]) => a < s.end && s.start < b);

/** Filter features seen fewer times than this in the candidates are dropped. */
const MIN_COUNT = 5;

/** One candidate's feature keys and whether it is right. */
export interface FilterExample {
  readonly keys: readonly string[];
  readonly good: boolean;
}

/** The judged candidates the quote finder, with the tagger weights now in use, proposes in each article. */
export function filterExamples(articles: readonly GoldArticle[]): FilterExample[][] {
  const examples: FilterExample[][] = [];
  for (const g of articles) {
    const got: FilterExample[] = [];
    collectCandidates((v, all, quotes, scores) => {
      all.forEach((c, k) => {
        if (c.origin === 'rule') return; // kept whatever the filter says
        const good = c.a.source ? overlaps(g.sources, c.a.source) : c.a.cue ? overlaps(g.cues, c.a.cue) : false;
        got.push({ keys: candidateKeys(v, all, k, quotes, scores[k]), good });
      });
    });
    findAttributions(g.text, splitSentences(g.text), tokenize(g.text));
    examples.push(got);
  }
  collectCandidates(null);
  return examples;
}

/**
 * The filter's weights (keys prefixed `f.`, integers: averaged weight × scale), the mean of `bags` perceptrons
 * trained on differently shuffled orders (bagging the order steadies the weights against small changes in
 * the candidates).
 */
export function fitFilter(examples: readonly FilterExample[][], epochs: number, scale: number, shuffle: <T>(xs: readonly T[], seed: number) => T[], bags = 1, logistic: { l2: number; iterations: number } | null = null): Record<string, number> {
  const sum = new Map<string, number>();
  if (logistic) {
    const count = new Map<string, number>();
    for (const art of examples) for (const x of art) for (const f of x.keys) count.set(f, (count.get(f) ?? 0) + 1);
    const rows = examples.flat().map((x) => ({ keys: ['bias=', ...x.keys.filter((f) => count.get(f)! >= MIN_COUNT)], good: x.good }));
    for (const [f, x] of fitLogistic(rows, logistic.l2, logistic.iterations)) sum.set(f, x);
  }
  for (let b = 0; !logistic && b < bags; b++) for (const [f, x] of fitOnce(examples, epochs, shuffle, 2000 + 100 * b)) sum.set(f, (sum.get(f) ?? 0) + x / bags);
  const out: Record<string, number> = {};
  for (const f of [...sum.keys()].sort()) {
    const q = Math.round(sum.get(f)! * scale);
    if (q !== 0) out[FILTER_PREFIX + f] = q;
  }
  return out;
}

/** One averaged perceptron over the candidates, shuffled from `seed` on: its averaged weights. */
function fitOnce(examples: readonly FilterExample[][], epochs: number, shuffle: <T>(xs: readonly T[], seed: number) => T[], seed: number): Map<string, number> {
  const count = new Map<string, number>();
  for (const art of examples) for (const x of art) for (const f of x.keys) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let c = 1;
  const bias = 'bias=';
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const art of shuffle(examples, seed + e)) {
      for (const x of art) {
        const keys = [bias, ...x.keys.filter((f) => count.get(f)! >= MIN_COUNT)];
        let s = 0;
        for (const f of keys) s += w.get(f) ?? 0;
        if (s >= 0 !== x.good) {
          const d = x.good ? 1 : -1;
          for (const f of keys) {
            w.set(f, (w.get(f) ?? 0) + d);
            u.set(f, (u.get(f) ?? 0) + c * d);
          }
          errors++;
        }
        c++;
      }
    }
    console.error(`filter epoch ${e + 1}: ${errors} errors`);
  }
  return new Map([...w.keys()].map((f) => [f, w.get(f)! - u.get(f)! / c]));
}
