/**
 * What the corpus date passes cost after a small batch, scoped to what the batch can reach
 * (corpus-related.ts, corpus-scope.ts) against reading the whole corpus, on one store in one run:
 *
 *   npx tsx src/pipeline/bench-corpus-dates.ts [--data DIR] [--articles N] [--extra K] [--runs R] [--json]
 *
 * Builds a fresh SQLite store from N Timeline17 articles (DIR: ../shared/eval/tls, read in place;
 * written as plain text to a temporary folder with no dates, as scraped pages come, so most stay
 * undated), ingested as one batch. Then K more articles arrive one at a time; after each, the
 * corpus inference is run again R times each way, alternating (it changes nothing by then: this is
 * the cost of checking), and the medians are reported with their ratio. Nothing is kept.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../store/open.ts';
import { datasetDirs, detokenize, readArticles, readTasks } from '../timeline/eval/dataset.ts';
import { defaultPipeline } from './components.ts';
import { inferCorpusDates, isCandidate } from './corpus-dates.ts';
import { runIngest } from './run.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const REPO = resolve(import.meta.dirname, '../..');
const dataDir = resolve(option('--data', resolve(REPO, '../shared/eval/tls')));
const articles = Number(option('--articles', '400'));
const extra = Number(option('--extra', '5'));
const runs = Number(option('--runs', '3'));

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Every article of the dataset as plain text (PTB brackets undone), in a fixed order: topics by name, then article id. */
function texts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of datasetDirs(dataDir)) {
    for (const topic of [...new Set(readTasks(dir).map((t) => t.topic))].sort()) {
      for (const a of readArticles(dir, topic).sort((x, y) => (x.id < y.id ? -1 : 1))) {
        const text = a.sentences.map((s) => detokenize(s.replace(/-LRB-/g, '(').replace(/-RRB-/g, ')'))).join('\n');
        out.push({ name: `${String(out.length).padStart(5, '0')}.txt`, text });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const all = texts();
  // Spread the sample over the topics (every k-th article), so the store holds several stories.
  const step = Math.max(1, Math.floor(all.length / (articles + extra)));
  const sample = all.filter((_, i) => i % step === 0).slice(0, articles + extra);
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-dates-'));
  const batch = join(tmp, 'batch');
  const pipeline = defaultPipeline();
  const store = await openStore(join(tmp, 'bench.db'));
  try {
    mkdirSync(batch);
    for (const a of sample.slice(0, articles)) writeFileSync(join(batch, a.name), a.text);
    let t = performance.now();
    await runIngest(store, [batch], { pipeline });
    const batchMs = performance.now() - t;
    const stored = await store.listArticles();
    const undated = stored.filter((a) => isCandidate(a.published)).length;
    const scoped: number[] = [];
    const whole: number[] = [];
    const ingestOne: number[] = [];
    for (const a of sample.slice(articles)) {
      const file = join(tmp, a.name);
      writeFileSync(file, a.text);
      t = performance.now();
      const summary = await runIngest(store, [file], { pipeline });
      ingestOne.push(performance.now() - t);
      const id = summary.articles[0]!;
      for (let r = 0; r < runs; r++) {
        const order = r % 2 ? ['whole', 'scoped'] : ['scoped', 'whole'];
        for (const way of order) {
          t = performance.now();
          await inferCorpusDates(store, pipeline, way === 'scoped' ? [id] : undefined);
          (way === 'scoped' ? scoped : whole).push(performance.now() - t);
        }
      }
    }
    const result = {
      data: dataDir,
      articles: stored.length,
      undated,
      batchSeconds: Math.round(batchMs / 100) / 10,
      extraArticles: extra,
      runs,
      ingestOneMedianMs: Math.round(median(ingestOne)),
      inferenceMedianMs: { scoped: Math.round(median(scoped) * 10) / 10, wholeCorpus: Math.round(median(whole)) },
      wholeOverScoped: Math.round(median(whole) / median(scoped)),
    };
    if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`${result.articles} articles in the store (${undated} not dated to the day), built in ${result.batchSeconds} s`);
      console.log(`after each of ${extra} one-article batches (median of ${runs} runs each way):`);
      console.log(`  corpus inference scoped to the batch: ${result.inferenceMedianMs.scoped} ms; whole corpus: ${result.inferenceMedianMs.wholeCorpus} ms (${result.wholeOverScoped}×)`);
      console.log(`  one-article ingest including it: ${result.ingestOneMedianMs} ms`);
    }
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
