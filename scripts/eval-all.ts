/**
 * `npm run eval` (and, with `--bench`, `npm run bench`): runs every stage's evaluation in turn and
 * prints our figure beside the peer's from the same run. Extra arguments (e.g. `--data DIR`) are
 * not forwarded: each stage reads its own dataset from ../shared/eval by default.
 * `--only clean,time` restricts the stages; `--json` prints all results as one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { STAGES } from './stages.ts';

const args = process.argv.slice(2);
const bench = args.includes('--bench');
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;

const results: Record<string, unknown> = {};
const rows: string[][] = [['stage', 'figure', 'dossier', 'peer', 'peer name']];
let failed = 0;
for (const s of STAGES) {
  if (only && !only.includes(s.stage)) continue;
  process.stderr.write(`${bench ? 'bench' : 'eval'}: ${s.stage} …\n`);
  const r = spawnSync('npm', ['run', '--silent', s.script, '--', '--json', ...(bench ? ['--bench'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let parsed: Record<string, any> | null = null;
  try {
    parsed = JSON.parse(r.stdout.trim().split('\n').filter(Boolean).pop() ?? '');
  } catch {
    parsed = null;
  }
  if (r.status !== 0 || !parsed) {
    failed++;
    rows.push([s.stage, `failed (exit ${r.status})`, '', '', s.peer]);
    continue;
  }
  results[s.stage] = parsed;
  for (const f of bench ? speedFigures(parsed) : s.figures(parsed)) rows.push([s.stage, f.name, fmt(f.ours), fmt(f.peer), s.peer]);
}

if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) process.stdout.write(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n');
}
process.exitCode = failed ? 1 : 0;

/** Throughput and memory figures, whatever a runner names them: every numeric field about speed or memory, ours beside the peer's. */
function speedFigures(r: Record<string, any>): { name: string; ours: unknown; peer: unknown }[] {
  const speedy = /per ?second|PerSecond|secondsPer|seconds|rss|memory|speedRatio|ratio/i;
  const peer = r.peer ?? r.baseline ?? {};
  const flat = (o: Record<string, any>, prefix = ''): [string, number][] =>
    Object.entries(o ?? {}).flatMap(([k, v]) =>
      typeof v === 'number' ? [[prefix + k, v] as [string, number]] : v && typeof v === 'object' && !Array.isArray(v) && k !== 'peer' && k !== 'baseline' ? flat(v, `${prefix}${k}.`) : [],
    );
  const peerFlat = new Map(flat(peer));
  return flat(r)
    .filter(([k]) => speedy.test(k))
    .map(([k, v]) => ({ name: k, ours: v, peer: peerFlat.get(k) }));
}

function fmt(v: unknown): string {
  if (typeof v !== 'number') return v === undefined || v === null ? '–' : String(v);
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(v < 1 ? 3 : 2);
}
