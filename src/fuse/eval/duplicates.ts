/**
 * `npx tsx src/fuse/eval/duplicates.ts [--data DIR]` — calibration of the near-duplicate threshold:
 * the distribution of estimated Jaccard similarity between articles that share an LSH band
 * (candidate pairs found through the index, as the store finds them), on Timeline17 by default.
 * Prints a histogram; pairs across topics are counted apart (they should never be duplicates).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetDirs, readArticles, readTasks } from '../../timeline/eval/dataset.ts';
import { bandKeys, signature, similarity } from '../minhash.ts';
import { NEAR_DUPLICATE_THRESHOLD } from '../minhash.data.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const dataDir = resolve(args.includes('--data') ? args[args.indexOf('--data') + 1] : resolve(REPO, '../shared/eval/tls'));

const docs: { id: string; topic: string; sig: number[] }[] = [];
for (const ds of datasetDirs(dataDir)) {
  for (const topic of [...new Set(readTasks(ds).map((t) => t.topic))]) {
    for (const a of readArticles(ds, topic)) docs.push({ id: a.id, topic, sig: signature(a.sentences.join('\n')) });
  }
}
const index = new Map<string, number[]>();
const seen = new Set<string>();
const bins = new Array<number>(10).fill(0);
let cross = 0;
let crossAbove = 0;
docs.forEach((d, i) => {
  for (const k of bandKeys(d.sig)) {
    for (const j of index.get(k) ?? []) {
      const key = `${j}:${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const s = similarity(d.sig, docs[j].sig);
      if (docs[j].topic !== d.topic) {
        cross++;
        if (s >= NEAR_DUPLICATE_THRESHOLD) crossAbove++;
      } else bins[Math.min(9, Math.floor(s * 10))]++;
    }
    index.set(k, [...(index.get(k) ?? []), i]);
  }
});
process.stdout.write(`${docs.length} articles, ${seen.size} candidate pairs from LSH bands\n`);
bins.forEach((n, b) => process.stdout.write(`  same topic, similarity ${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}: ${n}\n`));
process.stdout.write(`  cross-topic pairs: ${cross} (${crossAbove} at or above the threshold ${NEAR_DUPLICATE_THRESHOLD})\n`);
