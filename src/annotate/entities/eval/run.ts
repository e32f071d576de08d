/**
 * `npm run eval:entities -- [--data DIR] [--split train|valid|test] [--json] [--bench] [--runs N] [--pred PREFIX]`
 *
 * Scores the entities component beside compromise on CoNLL-2003 (DIR/conll2003/SPLIT.txt, default
 * valid) and GUM news (DIR/gum/news.conll) with the shared scorer (PER/LOC/ORG, MISC excluded), plus
 * alias/coreference linking B³ on DIR/gum/news_mentions.jsonl, and tokens per second for both
 * systems in the same run (median of the runs). DIR defaults to ../shared/eval/ner from the repo root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../../core/errors.ts';
import { readConllFile, type ConllDoc } from './conll.ts';
import { bcubed, matchMentions, readGoldMentions, type GoldMention } from './linking.ts';
import { compromiseVersion, layout, runCompromise, runOurs, type Layout, type OursOutput, type ScorerLib, type TokenSpan } from './systems.ts';
import { pathToFileURL } from 'node:url';
import { nerModel } from '../recognize.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataDir = resolve(opt('--data') ?? resolve(REPO, '../shared/eval/ner'));
const split = opt('--split') ?? 'valid';
const json = args.includes('--json');
const bench = args.includes('--bench');
/** `--pred PREFIX` keeps our predictions as PREFIX.valid.jsonl / PREFIX.gum.jsonl for error analysis with score.mjs --show. */
const keepPred = opt('--pred');
const runs = Number(opt('--runs') ?? (bench ? 5 : 3));

interface Score { precision: number; recall: number; f1: number; perType: Record<string, { precision: number; recall: number; f1: number }> }

/** Runs the shared scorer (never edited, never copied) on predictions written to a temporary file. */
function score(gold: string, preds: readonly TokenSpan[][], keep?: string): Score {
  const file = keep ?? join(mkdtempSync(join(tmpdir(), 'dossier-ner-')), 'pred.jsonl');
  writeFileSync(file, preds.map((spans, doc) => JSON.stringify({ doc, spans })).join('\n') + '\n');
  const out = execFileSync(process.execPath, [join(dataDir, 'score.mjs'), gold, file, '--json'], { cwd: dataDir, encoding: 'utf8' });
  const r = JSON.parse(out) as { micro: { p: number; r: number; f1: number }; perType: Record<string, { p: number; r: number; f1: number }> };
  const perType = Object.fromEntries(['PER', 'ORG', 'LOC'].map((t) => [t, { precision: r.perType[t]?.p ?? 0, recall: r.perType[t]?.r ?? 0, f1: r.perType[t]?.f1 ?? 0 }]));
  return { precision: r.micro.p, recall: r.micro.r, f1: r.micro.f1, perType };
}

/**
 * Runs a system over all documents; throughput in tokens per second of wall-clock time and of CPU
 * time (user + system of this process), since the shared machine's load makes wall-clock noisy.
 */
function timed<T>(layouts: readonly Layout[], fn: (l: Layout) => T): { out: T[]; rate: number; cpuRate: number } {
  const tokens = layouts.reduce((n, l) => n + l.tokens.length, 0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = layouts.map(fn);
  const c = process.cpuUsage(c0);
  return { out, rate: tokens / ((performance.now() - t0) / 1000), cpuRate: tokens / ((c.user + c.system) / 1e6) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** Share of the documents run once, untimed, by each system before timing (JIT warm-up). */
const WARMUP_SHARE = 0.2;

function evaluate(goldPath: string, docs: readonly ConllDoc[], n: number, lib: ScorerLib) {
  const peerRun = (l: Layout) => runCompromise(l, lib);
  const layouts = docs.map(layout);
  const warm = layouts.slice(0, Math.ceil(layouts.length * WARMUP_SHARE));
  warm.forEach(runOurs);
  warm.forEach(peerRun);
  const ours = { rates: [] as number[], cpu: [] as number[], out: [] as OursOutput[] };
  const peer = { rates: [] as number[], cpu: [] as number[], out: [] as TokenSpan[][] };
  for (let i = 0; i < n; i++) {
    const a = timed(layouts, runOurs);
    ours.out = a.out;
    ours.rates.push(a.rate);
    ours.cpu.push(a.cpuRate);
    const b = timed(layouts, peerRun);
    peer.out = b.out;
    peer.rates.push(b.rate);
    peer.cpu.push(b.cpuRate);
  }
  return {
    layouts,
    ours: ours.out,
    oursScore: score(goldPath, ours.out.map((o) => o.spans), keepPred ? `${keepPred}.${goldPath.endsWith('news.conll') ? 'gum' : split}.jsonl` : undefined),
    peerScore: score(goldPath, peer.out),
    oursRate: median(ours.rates),
    peerRate: median(peer.rates),
    oursCpuRate: median(ours.cpu),
    peerCpuRate: median(peer.cpu),
  };
}

function linking(gold: readonly GoldMention[], layouts: readonly Layout[], ours: readonly OursOutput[]) {
  const pred: (string | null)[] = [];
  const ordered: GoldMention[] = [];
  for (let d = 0; d < layouts.length; d++) {
    const g = gold.filter((m) => m.doc === d);
    ordered.push(...g);
    pred.push(...matchMentions(g, layouts[d], ours[d].mentions));
  }
  const named = ordered.map((g, i) => ({ g, p: pred[i] })).filter((x) => x.g.named);
  const fmt = (b: ReturnType<typeof bcubed>) => ({ precision: round(100 * b.precision), recall: round(100 * b.recall), f1: round(100 * b.f1), mentionRecall: round(100 * b.mentionRecall), mentions: b.mentions });
  return { all: fmt(bcubed(ordered, pred)), named: fmt(bcubed(named.map((x) => x.g), named.map((x) => x.p))) };
}

async function main(): Promise<void> {
  const conllPath = join(dataDir, 'conll2003', `${split}.txt`);
  if (!existsSync(conllPath)) {
    throw new DossierError('E_NOT_FOUND', `no ${split} split at ${conllPath}`, {
      subject: conllPath,
      fix: split === 'test' ? 'The CoNLL test split is held back; use --split valid or point --data at a folder that has test.txt.' : 'Pass --data DIR laid out like ../shared/eval/ner.',
    });
  }
  nerModel(); // load the weights before timing
  const lib = (await import(pathToFileURL(join(dataDir, 'lib', 'conll.mjs')).href)) as ScorerLib;
  const n = Math.max(1, runs);
  const conll = evaluate(conllPath, readConllFile(conllPath), n, lib);
  const gumPath = join(dataDir, 'gum', 'news.conll');
  const gum = existsSync(gumPath) ? evaluate(gumPath, readConllFile(gumPath), 1, lib) : null;
  const mentionsPath = join(dataDir, 'gum', 'news_mentions.jsonl');
  const link = gum && existsSync(mentionsPath) ? linking(readGoldMentions(mentionsPath), gum.layouts, gum.ours) : null;
  const result = {
    dataset: `conll2003/${split}`,
    precision: conll.oursScore.precision,
    recall: conll.oursScore.recall,
    f1: conll.oursScore.f1,
    perType: conll.oursScore.perType,
    tokensPerSecond: Math.round(conll.oursRate),
    tokensPerCpuSecond: Math.round(conll.oursCpuRate),
    runs: n,
    peer: { name: `compromise ${compromiseVersion()}`, precision: conll.peerScore.precision, recall: conll.peerScore.recall, f1: conll.peerScore.f1, perType: conll.peerScore.perType, tokensPerSecond: Math.round(conll.peerRate), tokensPerCpuSecond: Math.round(conll.peerCpuRate) },
    speedRatio: round(conll.oursRate / conll.peerRate),
    cpuSpeedRatio: round(conll.oursCpuRate / conll.peerCpuRate),
    gum: gum ? { precision: gum.oursScore.precision, recall: gum.oursScore.recall, f1: gum.oursScore.f1, perType: gum.oursScore.perType, peer: { f1: gum.peerScore.f1 } } : null,
    linking: link,
    ...(bench ? { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) } : {}),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const line = (name: string, s: Score, rate?: number, cpu?: number) =>
    `${name.padEnd(22)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (PER ${s.perType.PER.f1}, ORG ${s.perType.ORG.f1}, LOC ${s.perType.LOC.f1})${rate ? `  ${Math.round(rate)} tok/s, ${Math.round(cpu ?? 0)} tok/CPU-s` : ''}`;
  console.log(`CoNLL-2003 ${split} (PER/LOC/ORG, MISC excluded), median of ${n} runs`);
  console.log(line('dossier', conll.oursScore, conll.oursRate, conll.oursCpuRate));
  console.log(line(result.peer.name, conll.peerScore, conll.peerRate, conll.peerCpuRate));
  console.log(`speed ratio dossier / compromise: ${result.speedRatio} (wall clock), ${result.cpuSpeedRatio} (CPU time)`);
  if (gum) {
    console.log('GUM news');
    console.log(line('dossier', gum.oursScore));
    console.log(line(result.peer.name, gum.peerScore));
  }
  if (link) {
    console.log(`linking B³ on GUM identity (all mentions):  P ${link.all.precision}  R ${link.all.recall}  F1 ${link.all.f1}  mention recall ${link.all.mentionRecall}% of ${link.all.mentions}`);
    console.log(`linking B³ on GUM identity (named mentions): P ${link.named.precision}  R ${link.named.recall}  F1 ${link.named.f1}  mention recall ${link.named.mentionRecall}% of ${link.named.mentions}`);
  }
  if (bench) console.log(`peak RSS ${result.peakRssMb} MB`);
}

main().catch((e: unknown) => {
  if (e instanceof DossierError) {
    console.error(e.oneLine());
    process.exit(2);
  }
  throw e;
});
