/**
 * The stage evaluations run by `npm run eval` and `npm run bench`: each is an npm script that
 * prints one JSON object with `--json`, holding our figure and a peer's from the same run.
 */
export interface StageEval {
  readonly stage: string;
  readonly script: string;
  readonly peer: string;
  /** Reads the headline figures (ours, peer's) from the runner's JSON. */
  readonly figures: (r: Record<string, any>) => readonly { name: string; ours: unknown; peer: unknown }[];
}

/** The peer's figures: `peer`, or `baseline` where the peer is a published baseline. */
const peer = (r: Record<string, any>): Record<string, any> | undefined => r.peer ?? r.baseline;

export const STAGES: readonly StageEval[] = [
  {
    stage: 'clean',
    script: 'eval:clean',
    peer: '@mozilla/readability + linkedom',
    figures: (r) => [
      { name: 'F1', ours: r.f1, peer: r.peer?.f1 },
      { name: 'precision', ours: r.precision, peer: r.peer?.precision },
      { name: 'recall', ours: r.recall, peer: r.peer?.recall },
      { name: 'pages/s', ours: r.pagesPerSecond, peer: r.peer?.pagesPerSecond },
    ],
  },
  {
    stage: 'entities',
    script: 'eval:entities',
    peer: 'compromise',
    figures: (r) => [
      { name: 'F1 (CoNLL valid)', ours: r.f1, peer: r.peer?.f1 },
      { name: 'tokens/s', ours: r.tokensPerSecond, peer: r.peer?.tokensPerSecond },
    ],
  },
  {
    stage: 'time',
    script: 'eval:time',
    peer: 'chrono-node',
    figures: (r) => [
      { name: 'value F1', ours: r.valueF1, peer: r.peer?.valueF1 },
      { name: 'relaxed F1', ours: r.relaxedF1, peer: r.peer?.relaxedF1 },
      { name: 'tokens/s', ours: r.tokensPerSecond, peer: r.peer?.tokensPerSecond },
    ],
  },
  {
    stage: 'quotes',
    script: 'eval:quotes',
    peer: 'quoted-strings baseline',
    figures: (r) => [
      { name: 'source F1 (overlap)', ours: r.source?.f1, peer: peer(r)?.source?.f1 },
      { name: 'cue F1', ours: r.cue?.f1, peer: peer(r)?.cue?.f1 },
      { name: 'content F1', ours: r.content?.f1, peer: peer(r)?.content?.f1 },
    ],
  },
  {
    stage: 'events',
    script: 'eval:events',
    peer: 'majority class',
    figures: (r) => [
      { name: 'macro F1 (PLOVER)', ours: r.macroF1, peer: peer(r)?.macroF1 },
      { name: 'accuracy', ours: r.accuracy, peer: peer(r)?.accuracy },
    ],
  },
  {
    stage: 'timeline',
    script: 'eval:timeline',
    peer: 'publication-count baseline',
    figures: (r) => [
      { name: 'AR1', ours: r.ar1, peer: r.peer?.ar1 },
      { name: 'AR2', ours: r.ar2, peer: r.peer?.ar2 },
      { name: 'Date-F1', ours: r.dateF1, peer: r.peer?.dateF1 },
    ],
  },
];
