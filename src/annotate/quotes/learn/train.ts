/**
 * Trains the cue tagger: `npm run train:quotes -- [--data DIR] [--epochs N] [--out FILE]`.
 * Reads DIR/polnear/train (default DIR: ../shared/eval/quotes from the repo root; the first
 * annotator of multi-annotator articles) and writes src/annotate/quotes/model/cues.json. Averaged
 * perceptron over the token features of `features.ts`, greedy decoding with the model's own previous
 * decision, articles shuffled with a fixed seed: the same data gives byte-identical weights.
 * Licence: PolNeAR's texts are 2016 news articles, research use only, and the repository has no
 * data licence; the shipped file holds feature weights (some features are words), never text.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences, tokenize } from '../../sentences.ts';
import { tokenView } from '../text-view.ts';
import { quotedSpans } from '../find.ts';
import { featureKeys, historyFeatures } from './features.ts';
import { buildContext } from './tagger.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dataDir = resolve(repo, arg('data', '../shared/eval/quotes'));
/** Epochs over PolNeAR train; on a train-internal split (1–700 train, 701–840 score) 3, 6, 10 gave source F1 0.729, 0.730, 0.731. */
const epochs = Number(arg('epochs', '6'));
const out = resolve(repo, arg('out', 'src/annotate/quotes/model/cues.json'));
/** Weights ship as integers: round(averaged weight × SCALE); zero after rounding is dropped (20 and 2 scored alike). */
const SCALE = Number(arg('scale', '20'));
/** Articles from this index on are held out (for choosing epochs and scale); the shipped model uses all. */
const holdFrom = Number(arg('hold-from', '100000'));

type Range = [number, number];
interface Example { feats: string[][]; gold: number[]; stems: readonly string[] }

async function examples(): Promise<Example[]> {
  const dir = join(dataDir, 'polnear', 'train');
  const { parseAnn } = (await import(pathToFileURL(join(dataDir, 'score.mjs')).href)) as { parseAnn(raw: string): { cue: Range[] }[] };
  const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  for (const f of files) {
    const article = f.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(article)) firstAnn.set(article, f);
  }
  const out: Example[] = [];
  for (const [article, ann] of [...firstAnn].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    const cues = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')).flatMap((a) => a.cue);
    const v = tokenView(text, tokenize(text));
    const c = buildContext(v, splitSentences(text), quotedSpans(text));
    const gold = v.toks.map((t) => (cues.some(([s, e]) => t.start >= s && t.end <= e) ? 1 : 0));
    out.push({ feats: v.toks.map((_, i) => featureKeys(c, i)), gold, stems: c.stems });
  }
  return out;
}

/** mulberry32: a fixed-seed shuffle, so training is reproducible. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Features seen fewer times than this in train are dropped before training (most are one-off word
 * pairs). On articles 701–840 (trained on 1–700) 3, 10 and 30 give source F1 0.730, 0.731, 0.730 at
 * 2.5 MB, 1.3 MB and 0.66 MB of weights: 30 ships.
 */
const MIN_COUNT = Number(arg('min-count', '30'));

function dropRare(all: Example[]): void {
  const n = new Map<string, number>();
  for (const ex of all) for (const fs of ex.feats) for (const f of fs) n.set(f, (n.get(f) ?? 0) + 1);
  for (const ex of all) ex.feats = ex.feats.map((fs) => fs.filter((f) => n.get(f)! >= MIN_COUNT));
}

async function main(): Promise<void> {
  const all = await examples();
  dropRare(all);
  const train = all.slice(0, holdFrom);
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let c = 1;
  const update = (feats: readonly string[], delta: number) => {
    for (const f of ['bias', ...feats]) {
      w.set(f, (w.get(f) ?? 0) + delta);
      u.set(f, (u.get(f) ?? 0) + c * delta);
    }
  };
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const ex of shuffled(train, 1000 + e)) {
      let prev = 0;
      for (let i = 0; i < ex.gold.length; i++) {
        const feats = [...ex.feats[i]];
        historyFeatures(prev, ex.stems[i], (t, x) => feats.push(`${t}=${x}`));
        let s = w.get('bias') ?? 0;
        for (const f of feats) s += w.get(f) ?? 0;
        const y = s > 0 ? 1 : 0;
        if (y !== ex.gold[i]) {
          update(feats, ex.gold[i] ? 1 : -1);
          errors++;
        }
        prev = y;
        c++;
      }
    }
    console.error(`epoch ${e + 1}: ${errors} errors`);
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const q = Math.round((w.get(f)! - u.get(f)! / c) * SCALE);
    if (q !== 0) weights[f] = q;
  }
  const lines = Object.entries(weights).map(([k, x]) => `${JSON.stringify(k)}:${x}`);
  writeFileSync(out, `{"scale":${SCALE},"weights":{\n${lines.join(',\n')}\n}}\n`);
  console.error(`${Object.keys(weights).length} weights → ${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
