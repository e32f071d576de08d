import { readFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.ts';
import { docContext, sentenceFeatures } from './features.ts';
import { fnv1a, fnvStr } from './hash.ts';

/**
 * A greedy left-to-right averaged-perceptron BIO tagger over CoNLL labels (PER, ORG, LOC, MISC).
 * Weights ship in `model/ner.bin` (see `train/train.ts`); feature strings are hashed with FNV-1a
 * into an open-addressing table, so the runtime holds no strings.
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const N_LABELS = LABELS.length;

/** Whether `label` may follow `prev` in BIO: I-X only after B-X or I-X. */
export function allowed(prev: number, label: number): boolean {
  const l = LABELS[label];
  if (l[0] !== 'I') return true;
  const p = LABELS[prev] ?? 'O';
  return p !== 'O' && p.slice(2) === l.slice(2);
}

const P1 = Array.from({ length: N_LABELS + 1 }, (_, k) => fnv1a(`p1=${k - 1}`));
const P2 = Array.from({ length: (N_LABELS + 1) ** 2 }, (_, k) => fnv1a(`p2=${Math.floor(k / (N_LABELS + 1)) - 1}|${(k % (N_LABELS + 1)) - 1}`));
const P1W = Array.from({ length: N_LABELS + 1 }, (_, k) => fnv1a(`p1w=${k - 1}|`));

/** History feature hashes: previous label, previous two labels, previous label with the word. */
export function historyFeatures(prev2: number, prev: number, lower: string): [number, number, number] {
  return [P1[prev + 1], P2[(prev2 + 1) * (N_LABELS + 1) + prev + 1], fnvStr(P1W[prev + 1], lower)];
}

export interface Scorer {
  /** Adds the weights of a feature (by hash) to `scores`. */
  add(feature: number, scores: Float64Array): void;
}

/** Greedy decoding of one sentence with the BIO constraint. */
export function decodeSentence(lower: readonly string[], feats: readonly (readonly number[])[], model: Scorer): number[] {
  const out: number[] = [];
  const scores = new Float64Array(N_LABELS);
  let prev2 = -1;
  let prev = -1;
  for (let i = 0; i < lower.length; i++) {
    scores.fill(0);
    for (const f of feats[i]) model.add(f, scores);
    for (const f of historyFeatures(prev2, prev, lower[i])) model.add(f, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < N_LABELS; c++) {
      if (!allowed(prev, c)) continue;
      if (scores[c] > bestScore) { bestScore = scores[c]; best = c; }
    }
    out.push(best);
    prev2 = prev;
    prev = best;
  }
  return out;
}

const MAGIC = 0x3152454e; // "NER1"

/** The shipped model: hashed feature table with int16-quantised weights. */
export class HashedModel implements Scorer {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;

  constructor(hashes: Uint32Array, weights: Float32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    this.weights = weights;
    for (let r = 0; r < hashes.length; r++) {
      let slot = hashes[r] & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = hashes[r];
      this.rows[slot] = r;
    }
  }

  add(h: number, scores: Float64Array): void {
    let slot = h & this.mask;
    for (;;) {
      const r = this.rows[slot];
      if (r === -1) return;
      if (this.keys[slot] === h) {
        const base = r * N_LABELS;
        for (let c = 0; c < N_LABELS; c++) scores[c] += this.weights[base + c];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  static read(path: string): HashedModel {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new DossierError('E_NOT_FOUND', `entity model not found at ${path}`, {
        subject: path,
        fix: 'Run `npm run train:entities` to build the model, or restore src/annotate/entities/model/ner.bin.',
        cause: e,
      });
    }
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (view.getUint32(0, true) !== MAGIC) {
      throw new DossierError('E_FORMAT', `${path} is not an entity model`, { subject: path, fix: 'Rebuild it with `npm run train:entities`.' });
    }
    const rows = view.getUint32(4, true);
    const scale = view.getFloat32(8, true);
    const hashes = new Uint32Array(rows);
    for (let r = 0; r < rows; r++) hashes[r] = view.getUint32(12 + 4 * r, true);
    const wStart = 12 + 4 * rows;
    const weights = new Float32Array(rows * N_LABELS);
    for (let k = 0; k < weights.length; k++) weights[k] = view.getInt16(wStart + 2 * k, true) * scale;
    return new HashedModel(hashes, weights);
  }
}

/** Serialises feature rows (hash → weights per label) in the format `HashedModel.read` expects. */
export function writeModel(rows: ReadonlyMap<number, Float64Array>): Buffer {
  let max = 0;
  for (const w of rows.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const n = rows.size;
  const buf = Buffer.alloc(12 + 4 * n + 2 * n * N_LABELS);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(n, 4);
  buf.writeFloatLE(scale, 8);
  let r = 0;
  const wStart = 12 + 4 * n;
  for (const [h, w] of rows) {
    buf.writeUInt32LE(h, 12 + 4 * r);
    for (let c = 0; c < N_LABELS; c++) buf.writeInt16LE(Math.round(w[c] / scale), wStart + 2 * (r * N_LABELS + c));
    r++;
  }
  return buf;
}

export interface TaggedSpan {
  /** Token indices within the sentence, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** BIO labels → spans (an I-X that does not continue a span starts one, as conlleval does). */
export function labelsToSpans(labels: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: { start: number; type: TaggedSpan['type'] } | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? LABELS[labels[i]] : 'O';
    const type = l === 'O' ? null : (l.slice(2) as TaggedSpan['type']);
    if (cur && (l === 'O' || l[0] === 'B' || type !== cur.type)) {
      out.push({ start: cur.start, end: i, type: cur.type });
      cur = null;
    }
    if (type && !cur) cur = { start: i, type };
  }
  return out;
}

/** Tags a document given as sentences of words. */
export function tagDocument(sentences: readonly (readonly string[])[], model: Scorer): TaggedSpan[][] {
  const ctx = docContext(sentences);
  return sentences.map((words) => {
    const { lower, feats } = sentenceFeatures(words, ctx);
    return labelsToSpans(decodeSentence(lower, feats, model));
  });
}
