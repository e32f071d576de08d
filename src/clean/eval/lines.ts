import type { EvalSet } from './dataset.ts';
import { renderToText } from './extractors.ts';

/**
 * Line-level labels for text mode: each line of a page rendered to text is labelled article when
 * most of its word 4-grams occur in the ground truth. Lines under 4 words cannot be labelled that
 * way (a menu item "News" occurs in most gold texts) and are left out. Precision and recall are over
 * lines, micro-averaged over pages.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
/** A line counts as article text when at least this share of its 4-grams is in the gold text. */
const ARTICLE_SHARE = 0.5;

function grams(tokens: readonly string[]): string[] {
  if (tokens.length < 4) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + 4 <= tokens.length; i++) out.push(tokens.slice(i, i + 4).join(' '));
  return out;
}

export function lineScores(set: EvalSet, kept: ReadonlyMap<string, string>): { precision: number; recall: number; f1: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const p of set.pages) {
    const gold = (set.groundTruth[p.id].articleBody.match(TOKEN) ?? []).join(' ');
    const goldGrams = new Set(grams(gold.split(' ')));
    const keptLines = new Set((kept.get(p.id) ?? '').split('\n').map((l) => l.trim()).filter(Boolean));
    for (const line of renderToText(p.html).split('\n')) {
      const toks = line.match(TOKEN) ?? [];
      if (toks.length < 4) continue;
      const g = grams(toks);
      const inGold = g.filter((x) => goldGrams.has(x)).length / g.length >= ARTICLE_SHARE;
      const isKept = keptLines.has(line.trim());
      if (inGold && isKept) tp++;
      else if (isKept) fp++;
      else if (inGold) fn++;
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
