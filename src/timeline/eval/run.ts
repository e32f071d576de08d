/**
 * `npm run eval:timeline -- [--data DIR] [--json] [--bench] [--runs N]`
 *
 * Timeline summarisation on every dataset under DIR in the layout of ../shared/eval/tls (default:
 * that folder, i.e. Timeline17): dossier's date-wise summariser (dates from dossier's own time
 * component) beside the publication-count baseline, both scored by the shared scorer in the same
 * run; plus story clustering (B³ F1 with the topics as gold clusters).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summariseTimeline, type TlsSentence } from '../tls.ts';
import { clusterArticles } from './clustering.ts';
import { datasetDirs, datedSentences, readArticles, readTasks, type TlsArticle } from './dataset.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(REPO, '../shared/eval/tls');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataDir = resolve(opt('--data') ?? SHARED);
const json = args.includes('--json');
const bench = args.includes('--bench');
const runs = Number(opt('--runs') ?? (bench ? 3 : 1));
const log = (s: string) => process.stderr.write(s + '\n');

interface Prf { precision: number; recall: number; f_score: number }
interface Scorer {
  loadTimelines(file: string): unknown[];
  scoreTimelines(pred: unknown, refs: unknown[], metrics?: string[]): Record<string, any>;
  averageResults(results: Record<string, any>[]): Record<string, Prf>;
}

/** The scorer next to the data when it ships one, else the shared one. */
function toolPath(dsDir: string, name: string): string {
  for (const d of [dsDir, dirname(dsDir), dataDir, SHARED]) if (existsSync(join(d, name))) return join(d, name);
  throw new Error(`${name} not found next to ${dsDir} or in ${SHARED}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function scoreDir(scorer: Scorer, dsDir: string, predDir: string) {
  const perTask: { task: string; ar1: number; ar2: number; dateF1: number }[] = [];
  const results: Record<string, any>[] = [];
  for (const t of readTasks(dsDir)) {
    const gold = scorer.loadTimelines(join(dsDir, t.gold));
    const pf = join(predDir, `${t.task_id}.json`);
    const pred = existsSync(pf) ? scorer.loadTimelines(pf)[0] : scorer.loadTimelines(writeEmpty(predDir, t.task_id))[0];
    const r = scorer.scoreTimelines(pred, gold, ['date', 'ar']);
    results.push(r);
    const ar = r.align_date_content_costs_many_to_one;
    perTask.push({ task: t.task_id, ar1: ar.rouge_1.f_score, ar2: ar.rouge_2.f_score, dateF1: r.date_f1.f_score });
  }
  return { results, perTask };
}

function writeEmpty(dir: string, id: string): string {
  const f = join(dir, `${id}.json`);
  mkdirSync(dirname(f), { recursive: true });
  writeFileSync(f, '{}');
  return f;
}

function averaged(scorer: Scorer, results: Record<string, any>[]) {
  const avg = scorer.averageResults(results);
  const f = (k: string) => avg[k]?.f_score ?? 0;
  return { ar1: f('align_date_content_costs_many_to_one.rouge_1'), ar2: f('align_date_content_costs_many_to_one.rouge_2'), dateF1: f('date_f1') };
}

async function main() {
  const dirs = datasetDirs(dataDir);
  if (dirs.length === 0) throw new Error(`no tasks.json under ${dataDir}`);
  const work = mkdtempSync(join(tmpdir(), 'dossier-tls-'));
  const allResults: Record<string, any>[] = [];
  const peerResults: Record<string, any>[] = [];
  const perTask: object[] = [];
  const topicSeconds: number[] = [];
  const peerSeconds: number[] = [];
  const clusterInput: { article: TlsArticle; gold: string }[] = [];
  let scorer: Scorer | null = null;
  try {
    for (const dsDir of dirs) {
      scorer = (await import(pathToFileURL(toolPath(dsDir, 'score.mjs')).href)) as Scorer;
      const tasks = readTasks(dsDir);
      const predDir = join(work, 'ours', basename(dsDir));
      const topics = [...new Set(tasks.map((t) => t.topic))].sort();
      for (const topic of topics) {
        const articles = readArticles(dsDir, topic);
        for (const a of articles) clusterInput.push({ article: a, gold: `${basename(dsDir)}/${topic}` });
        const times: number[] = [];
        for (let r = 0; r < runs; r++) {
          const t0 = performance.now();
          const sentences: TlsSentence[] = articles.filter((a) => a.sentences.length).flatMap(datedSentences);
          for (const t of tasks.filter((x) => x.topic === topic)) {
            const tl = summariseTimeline(sentences, t);
            const f = join(predDir, `${t.task_id}.json`);
            mkdirSync(dirname(f), { recursive: true });
            writeFileSync(f, JSON.stringify(tl, null, 1));
          }
          times.push((performance.now() - t0) / 1000);
        }
        topicSeconds.push(median(times));
        log(`timeline: ${basename(dsDir)}/${topic}: ${articles.length} articles, ${median(times).toFixed(1)} s`);
      }
      // The peer, timed over the same topics in the same run.
      const peerDir = join(work, 'peer', basename(dsDir));
      const ptimes: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const p = spawnSync(process.execPath, [toolPath(dsDir, 'baseline_pubcount.mjs'), dsDir, peerDir], { encoding: 'utf8' });
        if (p.status !== 0) throw new Error(`baseline_pubcount failed: ${p.stderr}`);
        ptimes.push((performance.now() - t0) / 1000 / topics.length);
      }
      peerSeconds.push(median(ptimes));
      const ours = await scoreDir(scorer, dsDir, predDir);
      allResults.push(...ours.results);
      perTask.push(...ours.perTask);
      peerResults.push(...(await scoreDir(scorer, dsDir, peerDir)).results);
    }
    const clustering = clusterArticles(clusterInput);
    const secondsPerTopic = median(topicSeconds);
    const peerSecondsPerTopic = median(peerSeconds);
    const out = {
      ...averaged(scorer!, allResults),
      perTask,
      secondsPerTopic,
      peer: { name: 'publication-count baseline (baseline_pubcount.mjs)', ...averaged(scorer!, peerResults), secondsPerTopic: peerSecondsPerTopic },
      speedRatioVsPeer: secondsPerTopic / Math.max(peerSecondsPerTopic, 1e-9),
      clusteringBcubedF1: clustering.f1,
      clustering,
      runs,
      ...(bench ? { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) } : {}),
      data: dataDir,
    };
    if (json) process.stdout.write(JSON.stringify(out) + '\n');
    else {
      for (const t of perTask as { task: string; ar1: number; ar2: number; dateF1: number }[]) {
        log(`${t.task.padEnd(70)} AR1 ${t.ar1.toFixed(4)}  AR2 ${t.ar2.toFixed(4)}  Date-F1 ${t.dateF1.toFixed(4)}`);
      }
      process.stdout.write(
        `dossier     AR1 ${out.ar1.toFixed(4)}  AR2 ${out.ar2.toFixed(4)}  Date-F1 ${out.dateF1.toFixed(4)}  ${secondsPerTopic.toFixed(2)} s/topic\n` +
          `pub-count   AR1 ${out.peer.ar1.toFixed(4)}  AR2 ${out.peer.ar2.toFixed(4)}  Date-F1 ${out.peer.dateF1.toFixed(4)}  ${peerSecondsPerTopic.toFixed(2)} s/topic\n` +
          `stories     B³ P ${clustering.precision.toFixed(4)}  R ${clustering.recall.toFixed(4)}  F1 ${clustering.f1.toFixed(4)}  (${clustering.stories} stories, ${clustering.articles} articles, ${clustering.meanCandidates.toFixed(1)} candidates/article)\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`eval:timeline: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
