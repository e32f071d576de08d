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

const PH = Array.from({ length: 5 }, (_, k) => fnv1a(`ph=${k}`));

/**
 * Extended prediction history (Ratinov & Roth 2009): how this document already labelled the same
 * capitalised word, as the majority type (0 = O, 1 PER, 2 ORG, 3 LOC, 4 MISC). It makes repeated
 * names consistent ("Leicestershire" is ORG everywhere once the context made it ORG once).
 */
export class DocMemory {
  private readonly counts = new Map<string, Int32Array>();

  /** The feature hash for a capitalised word seen before in the document, or -1. */
  feature(lower: string, cap: boolean): number {
    if (!cap) return -1;
    const c = this.counts.get(lower);
    if (!c) return -1;
    let best = 0;
    for (let k = 1; k < 5; k++) if (c[k] > c[best]) best = k;
    return PH[best];
  }

  record(lower: string, cap: boolean, label: number): void {
    if (!cap) return;
    let c = this.counts.get(lower);
    if (!c) this.counts.set(lower, (c = new Int32Array(5)));
    c[label === 0 ? 0 : 1 + ((label - 1) >> 1)]++;
  }
}

/** History feature hashes: previous label, previous two labels, previous label with the word, document memory (inlined in `decodeSentence`). */
export function historyFeatures(prev2: number, prev: number, lower: string, memory: number): number[] {
  const out = [P1[prev + 1], P2[(prev2 + 1) * (N_LABELS + 1) + prev + 1], fnvStr(P1W[prev + 1], lower)];
  if (memory >= 0) out.push(memory);
  return out;
}

export interface Scorer {
  /** Adds the weights of a feature (by hash) to `scores`. */
  add(feature: number, scores: Float64Array): void;
}

/** Greedy decoding of one sentence with the BIO constraint. */
export function decodeSentence(
  lower: readonly string[],
  caps: readonly boolean[],
  feats: readonly (readonly number[])[],
  model: Scorer,
  memory: DocMemory,
): number[] {
  const out: number[] = [];
  const scores = new Float64Array(N_LABELS);
  let prev2 = -1;
  let prev = -1;
  for (let i = 0; i < lower.length; i++) {
    if (feats[i].length === 0) {
      // A plain lower-case word (see `isPlainWord`): O without scoring.
      out.push(0);
      prev2 = prev;
      prev = 0;
      continue;
    }
    scores.fill(0);
    for (const f of feats[i]) model.add(f, scores);
    model.add(P1[prev + 1], scores);
    model.add(P2[(prev2 + 1) * (N_LABELS + 1) + prev + 1], scores);
    model.add(fnvStr(P1W[prev + 1], lower[i]), scores);
    const mem = memory.feature(lower[i], caps[i]);
    if (mem >= 0) model.add(mem, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < N_LABELS; c++) {
      if (!allowed(prev, c)) continue;
      if (scores[c] > bestScore) { bestScore = scores[c]; best = c; }
    }
    out.push(best);
    memory.record(lower[i], caps[i], best);
    prev2 = prev;
    prev = best;
  }
  return out;
}

const MAGIC = 0x3152454e; // "NER1"

/** Slot layout of the inline hash table: the key, then one weight per label (one cache line or two per lookup). */
const STRIDE = 1 + N_LABELS;

/** The shipped model: hashed feature table with int16-quantised weights, expanded inline at load. */
export class HashedModel implements Scorer {
  private readonly keys: Uint32Array;
  private readonly weights: Float32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array, weights: Float32Array) {
    // Load factor ≤ 0.75: a smaller table keeps more of it in cache (measured faster than ≤ 0.5).
    let size = 1;
    while (size * 0.75 < hashes.length) size <<= 1;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * STRIDE * 4);
    this.keys = new Uint32Array(buffer);
    this.weights = new Float32Array(buffer);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r] || 1; // 0 marks an empty slot
      let slot = h & this.mask;
      while (this.keys[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * STRIDE] = h;
      for (let c = 0; c < N_LABELS; c++) this.weights[slot * STRIDE + 1 + c] = weights[r * N_LABELS + c];
    }
  }

  add(hash: number, scores: Float64Array): void {
    const h = hash || 1;
    let slot = h & this.mask;
    for (;;) {
      const base = slot * STRIDE;
      const k = this.keys[base];
      if (k === 0) return;
      if (k === h) {
        for (let c = 0; c < N_LABELS; c++) scores[c] += this.weights[base + 1 + c];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  static read(path: string): HashedModel {
    const { hashes, weights } = readModelFile(path);
    return new HashedModel(hashes, weights);
  }
}

/** The raw rows of a model file: feature hashes and their weights (N_LABELS per row). */
export function readModelFile(path: string): { hashes: Uint32Array; weights: Float32Array } {
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
  return { hashes, weights };
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
  const memory = new DocMemory();
  return sentences.map((words) => {
    const { lower, caps, feats } = sentenceFeatures(words, ctx);
    return labelsToSpans(decodeSentence(lower, caps, feats, model, memory));
  });
}
