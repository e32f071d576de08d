/**
 * `npm run eval:clean -- [--data DIR] [--json] [--bench] [--runs N] [--cold] [--per-page OUT.jsonl]`
 *
 * Scores dossier's cleaner (HTML mode, and text mode on each page rendered to text) beside
 * @mozilla/readability + linkedom, with the shared scorer of the article-extraction benchmark,
 * and measures pages per second for both in the same run (median of the runs, interleaved, after
 * one untimed warm-up pass of each; `--cold` times the first passes too).
 * `--bench` adds more runs and the peak resident memory after each extractor's runs.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalSet, scorer, type EvalSet } from './dataset.ts';
import { dossierHtml, dossierText, readabilityLinkedom, type Extractor } from './extractors.ts';
import { lineScores } from './lines.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataDir = resolve(opt('--data') ?? resolve(REPO, '../shared/eval/article-extraction'));
const json = args.includes('--json');
const bench = args.includes('--bench');
const runs = Number(opt('--runs') ?? (bench ? 5 : 3));
const cold = args.includes('--cold');

/** Process CPU seconds (user + system, all threads: the garbage collector's helpers count too). */
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * A full garbage collection before each timed run, so that neither extractor is charged for
 * collecting the other's garbage (the peer's DOMs dwarf ours); each still pays for its own.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function runAll(set: EvalSet, ex: Extractor): { texts: Map<string, string>; seconds: number; cpuSeconds: number } {
  collectGarbage();
  const texts = new Map<string, string>();
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (const p of set.pages) texts.set(p.id, ex(p));
  return { texts, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSeconds() - c0 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;
const mb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const set = loadEvalSet(dataDir);
  const baselineMb = mb();
  const score = await scorer(dataDir);
  const n = set.pages.length;
  const oursRate: number[] = [];
  const peerRate: number[] = [];
  // Pages per CPU second: on a machine shared with other work, wall time also counts the time the
  // process waits for a core; CPU time does not, so its ratio is the steadier one under load.
  const oursCpuRate: number[] = [];
  const peerCpuRate: number[] = [];
  const record = (o: { seconds: number; cpuSeconds: number }, wall: number[], cpu: number[]): void => {
    wall.push(n / o.seconds);
    cpu.push(n / o.cpuSeconds);
  };
  // One untimed pass of each first, unless --cold: the timed runs then measure steady-state
  // throughput (compiled code, regexes tiered up) for both, not how fast each one warms up.
  if (!cold) {
    runAll(set, dossierHtml);
    runAll(set, readabilityLinkedom);
  }
  let ours = runAll(set, dossierHtml);
  let peer = runAll(set, readabilityLinkedom);
  record(ours, oursRate, oursCpuRate);
  record(peer, peerRate, peerCpuRate);
  for (let i = 1; i < runs; i++) {
    ours = runAll(set, dossierHtml);
    record(ours, oursRate, oursCpuRate);
    const rssOurs = mb();
    peer = runAll(set, readabilityLinkedom);
    record(peer, peerRate, peerCpuRate);
    if (i === runs - 1 && bench) peakRss = { baselineMb, afterOursMb: rssOurs, afterPeerMb: mb() };
  }
  const text = runAll(set, dossierText);
  const s = score(ours.texts, set);
  const p = score(peer.texts, set);
  const t = score(text.texts, set);
  const lines = lineScores(set, text.texts);
  const perPageOut = opt('--per-page');
  if (perPageOut) {
    const rows = s.perPage.map((x, i) => ({ ...x, peerF1: p.perPage[i].f1, textF1: t.perPage[i].f1 }));
    writeFileSync(perPageOut, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  const result = {
    data: dataDir,
    pages: n,
    runs,
    warmUp: !cold,
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    accuracy: round(s.accuracy),
    pagesPerSecond: round(median(oursRate), 1),
    cpuPagesPerSecond: round(median(oursCpuRate), 1),
    peer: {
      name: '@mozilla/readability + linkedom',
      precision: round(p.precision),
      recall: round(p.recall),
      f1: round(p.f1),
      accuracy: round(p.accuracy),
      pagesPerSecond: round(median(peerRate), 1),
      cpuPagesPerSecond: round(median(peerCpuRate), 1),
    },
    speedRatio: round(median(oursRate) / median(peerRate), 2),
    cpuSpeedRatio: round(median(oursCpuRate) / median(peerCpuRate), 2),
    /** 1-minute load average at the end of the timed runs (the machine may be shared). */
    loadAverage: round(loadavg()[0], 2),
    textMode: {
      precision: round(t.precision),
      recall: round(t.recall),
      f1: round(t.f1),
      pagesPerSecond: round(n / text.seconds, 1),
      lines: { precision: round(lines.precision), recall: round(lines.recall), f1: round(lines.f1) },
    },
    ...(bench ? { peakRssMb: peakRss } : {}),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const row = (name: string, r: { precision: number; recall: number; f1: number }, pps?: number): string =>
    `${name.padEnd(34)} P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}${pps ? `  ${pps.toFixed(1)} pages/s` : ''}`;
  console.log(`article-extraction: ${n} pages from ${dataDir}; pages/s = median of ${runs} interleaved runs${cold ? ' (cold: no warm-up pass)' : ' after a warm-up pass of each'}`);
  console.log(row('dossier clean (HTML)', result, result.pagesPerSecond));
  console.log(row(result.peer.name, result.peer, result.peer.pagesPerSecond));
  console.log(row('dossier clean (text mode)', result.textMode));
  console.log(row('  text mode, line labels', result.textMode.lines));
  console.log(`speed ratio (dossier / peer): ${result.speedRatio}× wall time, ${result.cpuSpeedRatio}× CPU time (${result.cpuPagesPerSecond} / ${result.peer.cpuPagesPerSecond} pages per CPU second); load average ${result.loadAverage}`);
  if (bench) console.log(`peak RSS: ${JSON.stringify(peakRss)}`);
}

/**
 * Peak resident memory of the process (MB): after loading the pages (baseline), after dossier's runs,
 * and after the peer's runs (which follow ours, so a rise over the second figure is the peer's).
 */
let peakRss: { baselineMb: number; afterOursMb: number; afterPeerMb: number } | null = null;

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
