/**
 * L2-regularised logistic regression fitted by full-batch gradient descent with AdaGrad steps: the
 * attribution filter's alternative to the averaged perceptron (`train-filter.ts`). The loss is convex,
 * so the weights reach one optimum whatever the order of the examples: a small change in the rules'
 * candidates moves them a little, not along a different perceptron path. Deterministic.
 */

/** One example: its feature keys (a `bias=` key included by the caller) and whether it is good. */
export interface Labelled {
  readonly keys: readonly string[];
  readonly good: boolean;
}

/** Weights (log-odds per feature) minimising mean log-loss + l2/2 · |w|² / n over the examples. */
export function fitLogistic(examples: readonly Labelled[], l2: number, iterations: number): Map<string, number> {
  const ids = new Map<string, number>();
  const rows = examples.map((x) => Int32Array.from(x.keys, (k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1)));
  const y = Float64Array.from(examples, (x) => (x.good ? 1 : 0));
  const w = new Float64Array(ids.size);
  const g2 = new Float64Array(ids.size);
  const grad = new Float64Array(ids.size);
  const n = Math.max(1, examples.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (let r = 0; r < rows.length; r++) {
      let z = 0;
      for (const f of rows[r]) z += w[f];
      const d = 1 / (1 + Math.exp(-z)) - y[r];
      for (const f of rows[r]) grad[f] += d;
    }
    for (let f = 0; f < w.length; f++) {
      const g = grad[f] / n + (l2 * w[f]) / n;
      g2[f] += g * g;
      w[f] -= (STEP * g) / (Math.sqrt(g2[f]) + 1e-8);
    }
  }
  return new Map([...ids].map(([k, f]) => [k, w[f]]));
}

/** AdaGrad's base step (log-odds units). */
const STEP = 0.5;
