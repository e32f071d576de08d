/**
 * Trains the entity tagger: `npm run train:entities -- [--data DIR] [--epochs N] [--out FILE]`.
 * Reads DIR/conll2003/train.txt (default DIR: ../shared/eval/ner from the repo root) and writes
 * src/annotate/entities/model/ner.bin. Averaged perceptron, greedy decoding with the model's own
 * previous labels, documents shuffled with a fixed seed: the same data gives the same weights.
 * Licence: CoNLL-2003 is Reuters text for research use only; see ../README.md (what shipping the weights implies).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docContext, sentenceFeatures } from '../features.ts';
import { DocMemory, LABELS, N_LABELS, allowed, historyFeatures, writeModel } from '../perceptron.ts';
import { readConllFile, toIob2 } from '../eval/conll.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dataDir = resolve(repo, arg('data', '../shared/eval/ner'));
/** 15 epochs: of 10, 12 and 15 on CoNLL valid, 15 scored best (89.74 / 89.68 / 89.92 tagger-only F1). */
const epochs = Number(arg('epochs', '15'));
const out = resolve(repo, arg('out', 'src/annotate/entities/model/ner.bin'));
/** Averaged weights below this magnitude in every label are dropped; 0.05 keeps valid F1 within 0.1 of unpruned at a third of the size. */
const PRUNE = Number(arg('prune', '0.05'));

interface Example { lower: string[]; caps: boolean[]; gold: number[]; feats: number[][] }

// Feature ids are dense indices over the features' FNV-1a hashes (the hash is what ships).
const index = new Map<number, number>();
const names: number[] = [];
function fid(f: number): number {
  let i = index.get(f);
  if (i === undefined) { i = names.length; index.set(f, i); names.push(f); }
  return i;
}

const docs = readConllFile(resolve(dataDir, 'conll2003/train.txt'));
const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
const data: Example[][] = docs.map((d) => {
  const sents = d.sentences.map((s) => s.words);
  const ctx = docContext(sents);
  return d.sentences.map((s) => {
    const { lower, caps, feats } = sentenceFeatures(s.words, ctx, true);
    return { lower, caps, gold: toIob2(s.tags).map((t) => labelIndex.get(t) ?? 0), feats: feats.map((fs) => fs.map(fid)) };
  });
});
console.error(`train: ${docs.length} docs, ${index.size} static features`);

// Weights grow as history features appear; capacity doubles on demand.
let cap = Math.max(1 << 20, index.size * 2);
let w = new Float64Array(cap * N_LABELS);
let totals = new Float64Array(cap * N_LABELS);
let stamps = new Float64Array(cap * N_LABELS);
function ensure(n: number) {
  if (n < cap) return;
  while (cap <= n) cap *= 2;
  const grow = (a: Float64Array) => { const b = new Float64Array(cap * N_LABELS); b.set(a); return b; };
  w = grow(w); totals = grow(totals); stamps = grow(stamps);
}
let now = 0;
function update(f: number, c: number, delta: number) {
  const k = f * N_LABELS + c;
  totals[k] += (now - stamps[k]) * w[k];
  stamps[k] = now;
  w[k] += delta;
}

/** Shuffle seed; `--seed` trains the differently-ordered members of an averaged ensemble. */
let seed = Number(arg('seed', '12345'));
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const scores = new Float64Array(N_LABELS);
for (let epoch = 0; epoch < epochs; epoch++) {
  const order = data.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  let errors = 0;
  let total = 0;
  for (const di of order) {
    const memory = new DocMemory();
    for (const ex of data[di]) {
      let prev2 = -1;
      let prev = -1;
      for (let i = 0; i < ex.lower.length; i++) {
        now++;
        const hist = historyFeatures(prev2, prev, ex.lower[i], memory.feature(ex.lower[i], ex.caps[i])).map(fid);
        ensure(index.size);
        const feats = [...ex.feats[i], ...hist];
        scores.fill(0);
        for (const f of feats) for (let c = 0; c < N_LABELS; c++) scores[c] += w[f * N_LABELS + c];
        let guess = 0;
        let best = -Infinity;
        for (let c = 0; c < N_LABELS; c++) if (allowed(prev, c) && scores[c] > best) { best = scores[c]; guess = c; }
        const truth = ex.gold[i];
        if (guess !== truth) {
          errors++;
          for (const f of feats) { update(f, truth, 1); update(f, guess, -1); }
        }
        total++;
        memory.record(ex.lower[i], ex.caps[i], guess);
        prev2 = prev;
        prev = guess;
      }
    }
  }
  console.error(`epoch ${epoch + 1}: token error ${(100 * errors / total).toFixed(2)}%`);
}

// Average, prune, hash.
const rows = new Map<number, Float64Array>();
for (let f = 0; f < names.length; f++) {
  const avg = new Float64Array(N_LABELS);
  let keep = false;
  for (let c = 0; c < N_LABELS; c++) {
    const k = f * N_LABELS + c;
    avg[c] = (totals[k] + (now - stamps[k]) * w[k]) / now;
    if (Math.abs(avg[c]) >= PRUNE) keep = true;
  }
  if (!keep) continue;
  rows.set(names[f], avg);
}
const buf = writeModel(rows);
writeFileSync(out, buf);
console.error(`wrote ${out}: ${rows.size} features, ${(buf.length / 1e6).toFixed(1)} MB`);
