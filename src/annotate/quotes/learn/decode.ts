/**
 * Best cue/no-cue labelling of a token sequence (Viterbi over two labels). A token labelled cue scores
 * its own weight plus a history weight that depends on the previous token's label; a token labelled
 * not-cue scores 0. Used both by the trainer (structured perceptron) and by the tagger.
 */

/** `own[i]`: token i's score as a cue apart from history; `hist(prev, i)`: the history weight of i after label `prev`. */
export function bestLabels(own: Float64Array, hist: (prev: number, i: number) => number): Uint8Array {
  const n = own.length;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  // back[i * 2 + y]: the label of token i − 1 on the best path that gives token i label y
  const back = new Uint8Array(n * 2);
  let d0 = 0;
  let d1 = own[0] + hist(0, 0);
  for (let i = 1; i < n; i++) {
    const n0 = d0 >= d1 ? d0 : d1;
    back[i * 2] = d0 >= d1 ? 0 : 1;
    const from0 = d0 + hist(0, i);
    const from1 = d1 + hist(1, i);
    back[i * 2 + 1] = from0 >= from1 ? 0 : 1;
    d1 = own[i] + (from0 >= from1 ? from0 : from1);
    d0 = n0;
  }
  let y = d1 > d0 ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    y = back[i * 2 + y];
  }
  return labels;
}
