/**
 * Span-level P/R/F1 per attribution role (source, cue, content): every predicted span of a role is
 * aligned one-to-one with a gold span of the same role in the same article, greedily by character
 * overlap. `overlap` counts a pair that shares at least one character; `exact` needs identical ranges.
 */
export type Range = readonly [number, number];
export interface RoleSpans {
  readonly source: readonly Range[];
  readonly cue: readonly Range[];
  readonly content: readonly Range[];
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

function align(gold: readonly Range[], pred: readonly Range[], exact: boolean): number {
  const pairs: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const o = Math.min(g[1], p[1]) - Math.max(g[0], p[0]);
      if (exact ? g[0] === p[0] && g[1] === p[1] : o > 0) pairs.push({ g: gi, p: pi, o });
    }),
  );
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const ug = new Set<number>();
  const up = new Set<number>();
  let tp = 0;
  for (const x of pairs) {
    if (ug.has(x.g) || up.has(x.p)) continue;
    ug.add(x.g);
    up.add(x.p);
    tp++;
  }
  return tp;
}

/** Adds one article's counts (weight w: multi-annotator articles count once, as a mean). */
export function addArticle(acc: Record<Role, { exact: Counts; overlap: Counts }>, gold: RoleSpans, pred: RoleSpans, w = 1): void {
  for (const role of ROLES) {
    const g = dedupe(gold[role]);
    const p = dedupe(pred[role]);
    for (const mode of ['exact', 'overlap'] as const) {
      const tp = align(g, p, mode === 'exact');
      acc[role][mode].tp += w * tp;
      acc[role][mode].fp += w * (p.length - tp);
      acc[role][mode].fn += w * (g.length - tp);
    }
  }
}

function dedupe(rs: readonly Range[]): Range[] {
  const seen = new Set<string>();
  return rs.filter((r) => (seen.has(`${r[0]}-${r[1]}`) ? false : (seen.add(`${r[0]}-${r[1]}`), true)));
}

export function emptyAcc(): Record<Role, { exact: Counts; overlap: Counts }> {
  const z = () => ({ tp: 0, fp: 0, fn: 0 });
  return { source: { exact: z(), overlap: z() }, cue: { exact: z(), overlap: z() }, content: { exact: z(), overlap: z() } };
}

export function prf(c: Counts): PRF {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}
