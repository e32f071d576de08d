import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DossierError } from '../../core/errors.ts';

/**
 * The article-extraction evaluation set, read at measurement time from a directory laid out like
 * ../shared/eval/article-extraction: `score.mjs`, `scrapinghub-aeb/ground-truth.json`,
 * `scrapinghub-aeb/html/<id>.html.gz`. Nothing of it is copied into the repository.
 */
export interface EvalPage {
  readonly id: string;
  readonly url: string | undefined;
  readonly html: string;
}

export interface EvalSet {
  readonly dir: string;
  readonly pages: readonly EvalPage[];
  readonly groundTruth: Readonly<Record<string, { readonly articleBody: string; readonly url?: string }>>;
}

export function loadEvalSet(dir: string): EvalSet {
  const base = join(dir, 'scrapinghub-aeb');
  let groundTruth: EvalSet['groundTruth'];
  let files: string[];
  try {
    groundTruth = JSON.parse(readFileSync(join(base, 'ground-truth.json'), 'utf8'));
    files = readdirSync(join(base, 'html')).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
  } catch (e) {
    throw new DossierError('E_NOT_FOUND', `no article-extraction data in ${dir}`, {
      subject: dir,
      fix: 'Pass --data DIR pointing at a directory laid out like ../shared/eval/article-extraction.',
      cause: e,
    });
  }
  const pages = files.map((f) => {
    const id = f.replace(/\.html(\.gz)?$/, '');
    const bytes = readFileSync(join(base, 'html', f));
    const html = (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    return { id, url: groundTruth[id]?.url, html };
  });
  return { dir, pages: pages.filter((p) => groundTruth[p.id]), groundTruth };
}

/** The shared scorer's `evaluate`, imported from the dataset directory (never copied). */
export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

export interface PageScore {
  readonly id: string;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number;
}

type Evaluate = (
  gt: EvalSet['groundTruth'],
  pred: Record<string, { articleBody: string }>,
  o: { nBootstrap: number },
) => { metrics: Scores; perPage: PageScore[] };

export async function scorer(dir: string): Promise<(texts: ReadonlyMap<string, string>, set: EvalSet) => Scores & { perPage: PageScore[] }> {
  const mod = (await import(join(dir, 'score.mjs'))) as { evaluate: Evaluate };
  return (texts, set) => {
    const pred: Record<string, { articleBody: string }> = {};
    for (const p of set.pages) pred[p.id] = { articleBody: texts.get(p.id) ?? '' };
    const gt: Record<string, { articleBody: string }> = {};
    for (const p of set.pages) gt[p.id] = set.groundTruth[p.id];
    const { metrics: s, perPage } = mod.evaluate(gt, pred, { nBootstrap: 0 });
    return { precision: s.precision, recall: s.recall, f1: s.f1, accuracy: s.accuracy, perPage };
  };
}
