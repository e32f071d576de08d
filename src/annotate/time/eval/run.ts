/**
 * `npm run eval:time -- [--data DIR] [--json] [--bench] [--runs N] [--verbose]`
 *
 * Scores dossier's TIMEX3 tagger beside chrono-node on every folder of .tml files under DIR
 * (default ../shared/eval/tempeval3: TimeBank and AQUAINT separately, then combined), with the
 * shared TempEval-3 scorer, and measures tokens per second for both in the same run (median of
 * the runs, interleaved). `--bench` adds runs and peak resident memory.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TimeExpression } from '../../../core/layers.ts';
import { tokenize } from '../../sentences.ts';
import { parseYmd } from '../calendar.ts';
import { tagTimexes } from '../tagger.ts';
import { chronoTimexes } from './peer-chrono.ts';
import { emptyCounts, parseTml, scoreDoc, scoresOf, type Counts, type Scores } from './score.ts';
import { readTmlDir, tmlDirs, writeTmlDir, type TmlDoc } from './tml.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataDir = resolve(opt('--data') ?? resolve(REPO, '../shared/eval/tempeval3'));
const json = args.includes('--json');
const bench = args.includes('--bench');
const verbose = args.includes('--verbose');
const runs = Number(opt('--runs') ?? (bench ? 5 : 3));

type Tagger = (d: TmlDoc) => TimeExpression[];
const ours: Tagger = (d) => tagTimexes(d.plain, parseYmd(d.dct));
const peer: Tagger = (d) => chronoTimexes(d.plain, d.dct);

const add = (a: Counts, b: Counts): Counts => ({
  gold: a.gold + b.gold,
  sys: a.sys + b.sys,
  strict: a.strict + b.strict,
  relaxed: a.relaxed + b.relaxed,
  value: a.value + b.value,
  type: a.type + b.type,
});
const ZERO: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeRun(docs: readonly TmlDoc[], tagger: Tagger): { outputs: TimeExpression[][]; seconds: number } {
  const t0 = performance.now();
  const outputs = docs.map(tagger);
  return { outputs, seconds: (performance.now() - t0) / 1000 };
}

type ScoreCorpus = (gold: string, sys: string, o?: { verbose?: boolean }) => { counts: Counts; errors: string[] };

/** The port in score.ts, for folders that come without the shared scorer (e.g. our fixtures). */
const portedScorer: ScoreCorpus = (goldDir, sysDir) => {
  const counts = emptyCounts();
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.tml')).sort()) {
    const gold = parseTml(readFileSync(join(goldDir, f), 'utf8'));
    const sys = parseTml(readFileSync(join(sysDir, f), 'utf8'));
    if (sys.plain !== gold.plain) throw new Error(`TEXT differs for ${f}`);
    scoreDoc(gold.plain, gold.timexes, sys.timexes, counts);
  }
  return { counts, errors: [] };
};

async function main(): Promise<void> {
  const scorerPath = join(dataDir, 'score.mjs');
  const scoreCorpus: ScoreCorpus = existsSync(scorerPath)
    ? ((await import(pathToFileURL(scorerPath).href)) as { scoreCorpus: ScoreCorpus }).scoreCorpus
    : portedScorer;
  const sets = tmlDirs(dataDir).map((dir) => ({ dir, name: basename(dir), docs: readTmlDir(dir) }));
  if (sets.length === 0) throw new Error(`no .tml files under ${dataDir}`);
  const all = sets.flatMap((s) => s.docs);
  const tokens = all.reduce((n, d) => n + tokenize(d.plain).length, 0);
  const oursRate: number[] = [];
  const peerRate: number[] = [];
  for (let i = 0; i < runs; i++) {
    oursRate.push(tokens / timeRun(all, ours).seconds);
    peerRate.push(tokens / timeRun(all, peer).seconds);
  }
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-time-'));
  const per: Record<string, { ours: Scores; peer: Scores }> = {};
  let oursAll = ZERO;
  let peerAll = ZERO;
  const errors: string[] = [];
  try {
    for (const s of sets) {
      const label = sets.filter((x) => x.name === s.name).length > 1 ? s.dir.slice(dataDir.length + 1) : s.name;
      const result: Record<'ours' | 'peer', Counts> = { ours: ZERO, peer: ZERO };
      for (const [who, tagger] of [['ours', ours], ['peer', peer]] as const) {
        const out = join(tmp, who, label.replace(/[\\/]/g, '_'));
        writeTmlDir(out, s.docs, s.docs.map(tagger));
        const r = scoreCorpus(s.dir, out, { verbose: verbose && who === 'ours' });
        result[who] = r.counts;
        if (who === 'ours') errors.push(...r.errors);
      }
      per[label] = { ours: scoresOf(result.ours), peer: scoresOf(result.peer) };
      oursAll = add(oursAll, result.ours);
      peerAll = add(peerAll, result.peer);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const o = scoresOf(oursAll);
  const p = scoresOf(peerAll);
  const result = {
    data: dataDir,
    documents: all.length,
    tokens,
    ...o,
    tokensPerSecond: Math.round(median(oursRate)),
    peer: { name: 'chrono-node 2.10.3', ...p, tokensPerSecond: Math.round(median(peerRate)) },
    speedRatio: Math.round((median(oursRate) / median(peerRate)) * 100) / 100,
    runs,
    sets: per,
    ...(bench ? { peakRssMb: rssMb } : {}),
  };
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  const line = (name: string, s: Scores): string =>
    `${name.padEnd(34)} strict ${s.strictF1.toFixed(2)}  relaxed ${s.relaxedF1.toFixed(2)}  value ${s.valueF1.toFixed(2)}  type ${s.typeF1.toFixed(2)}`;
  for (const [name, s] of Object.entries(per)) {
    console.log(line(`${name} dossier`, s.ours));
    console.log(line(`${name} chrono-node`, s.peer));
  }
  console.log(line('combined dossier', o));
  console.log(line('combined chrono-node', p));
  console.log(`tokens/s (median of ${runs}): dossier ${result.tokensPerSecond}  chrono-node ${result.peer.tokensPerSecond}  ratio ${result.speedRatio}${bench ? `  peak RSS ${rssMb} MB` : ''}`);
  if (verbose) for (const e of errors) console.log(e);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
