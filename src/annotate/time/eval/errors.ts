/**
 * `npx tsx src/annotate/time/eval/errors.ts [--data DIR] [--kind value|missed|spurious|all] [--group]`
 *
 * Error analysis for the TIMEX3 tagger on TimeML data read in place (default
 * ../shared/eval/tempeval3; nothing is copied). Pairs gold and system expressions as the scorer
 * does (relaxed overlap, one-to-one) and prints, one line each: the kind of error, the document,
 * its DCT, the gold and system extents and values, and the tense the tagger read around it. With
 * `--group`, counts errors by a pattern of (gold value shape → system value shape) instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYmd } from '../calendar.ts';
import { tagTimexes } from '../tagger.ts';
import { tenseAround } from '../tense.ts';
import { parseTml, relaxedPairs, type ScoredTimex } from './score.ts';
import { dctOf, tmlDirs } from './tml.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataDir = resolve(opt('--data') ?? resolve(REPO, '../shared/eval/tempeval3'));
const kind = opt('--kind') ?? 'value';
const group = args.includes('--group');

/** A value's shape: digits become 9, so `1989-W43` and `1990-W02` share `9999-W99`. */
export const shapeOf = (v: string): string => v.replace(/\d/g, '9');

interface ErrorRow {
  readonly kind: 'value' | 'missed' | 'spurious';
  readonly doc: string;
  readonly dct: string;
  readonly gold?: ScoredTimex;
  readonly sys?: ScoredTimex;
  readonly tense: string;
}

/** The errors in one folder; each document's plain text goes into `plainOfDoc`. */
function errorsOf(dir: string, plainOfDoc: Map<string, string>): ErrorRow[] {
  const rows: ErrorRow[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    const dct = dctOf(raw);
    const { plain, timexes: gold } = parseTml(raw);
    const sys: ScoredTimex[] = tagTimexes(plain, parseYmd(dct)).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value ?? '' }));
    const p = relaxedPairs(plain, gold, sys).map(({ i, j }) => [i, j] as const);
    const doc = `${dir.split('/').pop()}/${f}`;
    plainOfDoc.set(doc, plain);
    const tense = (t: ScoredTimex): string => tenseAround(plain, t.start, t.end);
    for (const [i, j] of p) {
      if (gold[i].value !== sys[j].value) rows.push({ kind: 'value', doc, dct: dct ?? '-', gold: gold[i], sys: sys[j], tense: tense(gold[i]) });
    }
    gold.forEach((g, i) => p.some(([a]) => a === i) || rows.push({ kind: 'missed', doc, dct: dct ?? '-', gold: g, tense: tense(g) }));
    sys.forEach((s, j) => p.some(([, b]) => b === j) || rows.push({ kind: 'spurious', doc, dct: dct ?? '-', sys: s, tense: tense(s) }));
  }
  return rows;
}

function main(): void {
  const plainOfDoc = new Map<string, string>();
  const rows = tmlDirs(dataDir).flatMap((d) => errorsOf(d, plainOfDoc)).filter((r) => kind === 'all' || r.kind === kind);
  const text = (r: ErrorRow, t?: ScoredTimex): string => (t ? plainOfDoc.get(r.doc)!.slice(t.start, t.end).replace(/\s+/g, ' ') : '');
  if (group) {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.kind} ${r.gold ? `${r.gold.type}:${shapeOf(r.gold.value)}` : '-'} → ${r.sys ? `${r.sys.type}:${shapeOf(r.sys.value)}` : '-'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), k);
    return;
  }
  for (const r of rows) {
    const t = r.gold ?? r.sys!;
    const ctx = plainOfDoc.get(r.doc)!.slice(Math.max(0, t.start - 60), t.end + 40).replace(/\s+/g, ' ');
    console.log(`${r.kind}\t${r.doc}\t${r.dct}\t${r.tense}\t"${text(r, r.gold)}" ${r.gold?.value ?? ''}\t"${text(r, r.sys)}" ${r.sys?.value ?? ''}\t| ${ctx}`);
  }
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
main();
