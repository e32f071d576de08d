/**
 * Word 4-gram shingle precision / recall / F1 of an extracted text against a gold text: the
 * article-extraction benchmark's definition (tokens are runs of letters, digits and `_`; shingle
 * multisets; counts normalised per page; P and R macro-averaged over pages, F1 of the averages).
 * Re-implemented here so the CI floor test needs no evaluation data.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const t = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const upto = Math.max(1, t.length - 3);
  for (let i = 0; i < upto && t.length > 0; i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function pageCounts(gold: string, predicted: string): PageCounts {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function macroScores(pages: readonly PageCounts[]): { precision: number; recall: number; f1: number } {
  const ps = pages.filter((c) => c.tp + c.fp > 0).map((c) => (c.fp === 0 && c.fn === 0 ? 1 : c.tp / (c.tp + c.fp)));
  const rs = pages.filter((c) => c.tp + c.fn > 0).map((c) => (c.fp === 0 && c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
