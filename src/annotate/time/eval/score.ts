/**
 * The TempEval-3 entity scoring rules (as in the shared scorer and the official TE3 toolkit),
 * ported for the CI floor test on this directory's own fixtures, where the shared data and its
 * scorer may be absent. Relaxed match: overlap, one-to-one, system timexes in text order each
 * taking the leftmost unmatched overlapping gold timex; strict: identical extents (modulo
 * surrounding whitespace); value/type F1 = accuracy over relaxed matches × relaxed F1.
 */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

function attrs(tag: string): Record<string, string> {
  const a: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:]+)\s*=\s*"([^"]*)"/g)) a[m[1]] = m[2];
  return a;
}

/** The plain text of <TEXT> and its TIMEX3 elements (the DCT excluded). */
export function parseTml(raw: string): { plain: string; timexes: ScoredTimex[] } {
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw)?.[1];
  if (body === undefined) throw new Error('no <TEXT> element');
  let plain = '';
  const stack: { start: number; type: string; value: string; fid?: string }[] = [];
  const timexes: ScoredTimex[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    plain += body.slice(last, m.index);
    last = re.lastIndex;
    const [, close, name, rest, selfClose] = m;
    if (name !== 'TIMEX3') continue;
    if (close) {
      const open = stack.pop();
      if (open && open.fid !== 'CREATION_TIME') timexes.push({ start: open.start, end: plain.length, type: open.type, value: open.value });
    } else if (!selfClose) {
      const a = attrs(rest);
      stack.push({ start: plain.length, type: a.type ?? '', value: a.value ?? '', fid: a.functionInDocument });
    }
  }
  plain += body.slice(last);
  return { plain, timexes: timexes.filter((t) => plain.slice(t.start, t.end).trim() !== '').sort((a, b) => a.start - b.start) };
}

function trimmed(t: ScoredTimex, plain: string): [number, number] {
  let s = t.start;
  let e = t.end;
  while (s < e && /\s/.test(plain[s])) s++;
  while (e > s && /\s/.test(plain[e - 1])) e--;
  return [s, e];
}

/** The relaxed one-to-one pairing of gold `i` with system `j` (overlap after trimming whitespace); `strict` when the extents are identical. */
export function relaxedPairs(plain: string, gold: readonly ScoredTimex[], sys: readonly ScoredTimex[]): { i: number; j: number; strict: boolean }[] {
  const all: { i: number; j: number; strict: boolean }[] = [];
  gold.forEach((g, i) => {
    const [gs, ge] = trimmed(g, plain);
    sys.forEach((s, j) => {
      const [ss, se] = trimmed(s, plain);
      if (Math.min(ge, se) - Math.max(gs, ss) > 0) all.push({ i, j, strict: gs === ss && ge === se });
    });
  });
  all.sort((a, b) => a.j - b.j || a.i - b.i);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  const out: { i: number; j: number; strict: boolean }[] = [];
  for (const p of all) {
    if (gUsed.has(p.i) || sUsed.has(p.j)) continue;
    gUsed.add(p.i);
    sUsed.add(p.j);
    out.push(p);
  }
  return out;
}

/** Adds one document's comparison to `c`. */
export function scoreDoc(plain: string, gold: readonly ScoredTimex[], sys: readonly ScoredTimex[], c: Counts): void {
  c.gold += gold.length;
  c.sys += sys.length;
  for (const p of relaxedPairs(plain, gold, sys)) {
    c.relaxed++;
    if (p.strict) c.strict++;
    if (gold[p.i].value === sys[p.j].value) c.value++;
    if (gold[p.i].type === sys[p.j].type) c.type++;
  }
}

export function emptyCounts(): Counts {
  return { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

export interface Scores {
  readonly strictF1: number;
  readonly relaxedF1: number;
  readonly valueF1: number;
  readonly typeF1: number;
  readonly counts: Counts;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): number => Math.round(x * 10000) / 100;

/** Percentages, as the shared scorer prints them. */
export function scoresOf(c: Counts): Scores {
  const rf = f1(c.sys ? c.relaxed / c.sys : 0, c.gold ? c.relaxed / c.gold : 0);
  return {
    strictF1: pct(f1(c.sys ? c.strict / c.sys : 0, c.gold ? c.strict / c.gold : 0)),
    relaxedF1: pct(rf),
    valueF1: pct(c.relaxed ? (c.value / c.relaxed) * rf : 0),
    typeF1: pct(c.relaxed ? (c.type / c.relaxed) * rf : 0),
    counts: c,
  };
}
