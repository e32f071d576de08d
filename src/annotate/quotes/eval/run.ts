/**
 * PolNeAR attribution evaluation: `npm run eval:quotes -- [--data DIR] [--split train|dev] [--json] [--bench]
 * [--model FILE] [--from N] [--to N]`. `--model` reads the cue tagger's weights from FILE; `--from`/`--to` score
 * only articles N ≤ index < M of the split in name order (the train-internal split: `train:quotes -- --hold-from
 * 700 --out FILE`, then `--split train --from 700 --model FILE`).
 * DIR is a folder in the layout of ../shared/eval/quotes (polnear/<split>/text, polnear/<split>/attributions,
 * score.mjs, baseline_quoted.mjs). Reports source/cue/content span P/R/F1 (overlap; exact under `exact`), the
 * shared scorer's token-role and attribution figures, and the same for the quoted-strings baseline run now.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DossierError } from '../../../core/errors.ts';
import { splitSentences, tokenize } from '../../sentences.ts';
import { findAttributions } from '../find.ts';
import { useCueModelFile } from '../learn/tagger.ts';
import { addArticle, emptyAcc, prf, ROLES, type Range, type RoleSpans } from './spans.ts';

interface Options {
  readonly data: string;
  readonly split: string;
  readonly json: boolean;
  readonly bench: boolean;
  readonly model: string | null;
  readonly from: number;
  readonly to: number;
}

function parseArgs(argv: readonly string[]): Options {
  const root = resolve(import.meta.dirname, '../../../..');
  let data = resolve(root, '../shared/eval/quotes');
  let split = 'dev';
  let json = false;
  let bench = false;
  let model: string | null = null;
  let from = 0;
  let to = Infinity;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') data = resolve(argv[++i] ?? '');
    else if (a === '--split') split = argv[++i] ?? '';
    else if (a === '--json') json = true;
    else if (a === '--bench') bench = true;
    else if (a === '--model') model = resolve(argv[++i] ?? '');
    else if (a === '--from') from = Number(argv[++i]);
    else if (a === '--to') to = Number(argv[++i]);
    else throw new DossierError('E_USAGE', `unknown option ${a}`, { subject: a, fix: 'Use --data DIR, --split train|dev, --json, --bench, --model FILE, --from N, --to N.' });
  }
  if (!['train', 'dev'].includes(split)) throw new DossierError('E_USAGE', `unknown split ${split}`, { subject: '--split', fix: 'Use --split train or --split dev.' });
  return { data, split, json, bench, model, from, to };
}

type Pred = { article: string; attributions: { source: Range[]; cue: Range[]; content: Range[] }[] };

function predict(dir: string, from: number, to: number): Pred[] {
  const out: Pred[] = [];
  for (const f of readdirSync(join(dir, 'text')).filter((x) => x.endsWith('.txt')).sort().slice(from, to)) {
    const text = readFileSync(join(dir, 'text', f), 'utf8');
    const atts = findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({
      source: a.source ? [[a.source.start, a.source.end] as Range] : [],
      cue: a.cue ? [[a.cue.start, a.cue.end] as Range] : [],
      content: [[a.content.start, a.content.end] as Range],
    }));
    out.push({ article: f.slice(0, -4), attributions: atts });
  }
  return out;
}

const flat = (atts: readonly { source: readonly Range[]; cue: readonly Range[]; content: readonly Range[] }[]): RoleSpans => ({
  source: atts.flatMap((a) => a.source),
  cue: atts.flatMap((a) => a.cue),
  content: atts.flatMap((a) => a.content),
});

type Scorer = {
  loadGold(dir: string): Map<string, { text: string; refs: { source: Range[]; cue: Range[]; content: Range[] }[][] }>;
  scoreDirs(gold: string, pred: string): Record<string, unknown> & { tokenRoles: unknown; attributions: unknown };
};

function spanFigures(scorer: Scorer, dir: string, preds: readonly Pred[]) {
  const gold = scorer.loadGold(dir);
  const byArticle = new Map(preds.map((p) => [p.article, p.attributions]));
  const acc = emptyAcc();
  for (const [name, { refs }] of gold) {
    if (!byArticle.has(name)) continue; // outside --from/--to
    const pred = flat(byArticle.get(name) ?? []);
    for (const ref of refs) addArticle(acc, flat(ref), pred, 1 / refs.length);
  }
  const overlap = Object.fromEntries(ROLES.map((r) => [r, prf(acc[r].overlap)]));
  const exact = Object.fromEntries(ROLES.map((r) => [r, prf(acc[r].exact)]));
  return { ...overlap, exact };
}

function scorerFigures(scorer: Scorer, dir: string, preds: readonly Pred[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-quotes-')), 'pred.jsonl');
  writeFileSync(file, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const r = scorer.scoreDirs(dir, file);
  return { tokenRoles: r.tokenRoles, attributions: r.attributions };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const opt = parseArgs(process.argv.slice(2));
  const dir = join(opt.data, 'polnear', opt.split);
  const scorer = (await import(pathToFileURL(join(opt.data, 'score.mjs')).href)) as Scorer;
  if (opt.model) useCueModelFile(pathToFileURL(opt.model));
  const preds = predict(dir, opt.from, opt.to);
  const baselineOut = execFileSync(process.execPath, [join(opt.data, 'baseline_quoted.mjs'), dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const scored = new Set(preds.map((p) => p.article));
  const baseline = baselineOut.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Pred).filter((p) => scored.has(p.article));
  // The shared scorer counts every article of the split, so its figures are only given for the whole split.
  const whole = opt.from === 0 && opt.to === Infinity;
  const result: Record<string, unknown> = {
    split: opt.split,
    articles: preds.length,
    ...spanFigures(scorer, dir, preds),
    scorer: whole ? scorerFigures(scorer, dir, preds) : null,
    baseline: { ...spanFigures(scorer, dir, baseline), scorer: whole ? scorerFigures(scorer, dir, baseline) : null },
  };
  if (opt.bench) {
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      predict(dir, opt.from, opt.to);
      ours.push(performance.now() - t);
      t = performance.now();
      execFileSync(process.execPath, [join(opt.data, 'baseline_quoted.mjs'), dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
      peer.push(performance.now() - t);
    }
    result.bench = {
      runs: 5,
      articlesPerSecond: Math.round((preds.length / median(ours)) * 1000),
      baselineArticlesPerSecond: Math.round((preds.length / median(peer)) * 1000),
      ratioVsBaseline: Math.round((median(peer) / median(ours)) * 100) / 100,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      note: 'baseline timed as a child process (includes Node start-up); ours in-process',
    };
  }
  if (opt.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const row = (name: string, x: Record<string, unknown>) => {
    const f = (r: string) => {
      const v = x[r] as { p: number; r: number; f1: number };
      const e = (x.exact as Record<string, { f1: number }>)[r];
      return `${r} P ${v.p.toFixed(3)} R ${v.r.toFixed(3)} F1 ${v.f1.toFixed(3)} (exact F1 ${e.f1.toFixed(3)})`;
    };
    console.log(`${name}:\n  ${ROLES.map(f).join('\n  ')}`);
  };
  console.log(`PolNeAR ${opt.split}, ${preds.length} articles (span overlap; exact in brackets)`);
  row('dossier', result);
  row('baseline_quoted', result.baseline as Record<string, unknown>);
  if (result.scorer) console.log('scorer (dossier):', JSON.stringify((result.scorer as { attributions: unknown }).attributions));
  if (result.bench) console.log('bench:', JSON.stringify(result.bench));
}

main().catch((e: unknown) => {
  console.error(e instanceof DossierError ? e.oneLine() : e);
  process.exit(1);
});
