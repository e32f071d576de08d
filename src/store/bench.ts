/**
 * Store benchmark: commitArticle throughput, peak memory and search latency, SQLite and
 * PostgreSQL, each run in its own child process (so peak RSS is per backend) into a fresh store.
 * Runs alternate between backends so machine noise hits both alike; figures are medians of the
 * runs and PostgreSQL is quoted as a ratio to SQLite from the same invocation.
 *
 *   npx tsx src/store/bench.ts [--json] [--articles N] [--runs N] [--pg ADMIN_URL]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { EntityRecord } from '../core/corpus.ts';
import { BENCH_SHAPE, benchQueries, syntheticCommit } from './bench-data.ts';
import { openStore } from './open.ts';

interface RunResult {
  readonly backend: 'sqlite' | 'postgres';
  readonly articles: number;
  readonly articlesPerSecond: number;
  /** Throughput over the last quarter of commits ÷ over the first quarter: below 1 when cost grows with the corpus. */
  readonly lateVsEarly: number;
  readonly peakRssMb: number;
  /** Peak RSS before the first commit (runtime, modules and the generated commits). */
  readonly baselineRssMb: number;
  readonly searchMedianMs: number;
  readonly searchP95Ms: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Child: commits `articles` synthetic articles into `location`, then times searches. */
async function child(location: string, articles: number): Promise<RunResult> {
  const commits = [];
  const entities = new Map<string, EntityRecord>();
  for (let n = 0; n < articles; n++) commits.push(syntheticCommit(n, entities));
  const store = await openStore(location);
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const at: number[] = [];
  for (const c of commits) {
    await store.commitArticle(c);
    at.push(performance.now());
  }
  const seconds = (performance.now() - started) / 1000;
  const quarter = Math.max(1, Math.floor(articles / 4));
  const early = at[quarter - 1]! - started;
  const late = at[articles - 1]! - at[articles - 1 - quarter]!;
  const latencies: number[] = [];
  for (const q of benchQueries(60)) {
    const t = performance.now();
    await store.search(q, { limit: 20 });
    latencies.push(performance.now() - t);
  }
  await store.close();
  latencies.sort((a, b) => a - b);
  return {
    backend: store.kind,
    articles,
    articlesPerSecond: articles / seconds,
    lateVsEarly: early / late,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb,
    searchMedianMs: median(latencies),
    searchP95Ms: latencies[Math.floor(latencies.length * 0.95)]!,
  };
}

function runChild(location: string, articles: number): RunResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', location, '--articles', String(articles)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as RunResult;
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(args[1]!, Number(option('--articles', '200'))))}\n`);
    return;
  }
  const json = args.includes('--json');
  const articles = Number(option('--articles', '200'));
  const runs = Number(option('--runs', '3'));
  const adminUrl = option('--pg', process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test');
  const pgError = await withAdmin(adminUrl, async (c) => (await c.query('SELECT 1'), null)).catch((e: Error) => e.message);
  const log = (s: string) => (json ? process.stderr : process.stdout).write(`${s}\n`);
  if (pgError) log(`PostgreSQL unreachable at ${adminUrl} (${pgError}): SQLite only.`);

  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const results: RunResult[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      results.push(runChild(join(dir, `run${run}.db`), articles));
      log(`run ${run + 1}/${runs} sqlite: ${results[results.length - 1]!.articlesPerSecond.toFixed(1)} articles/s`);
      if (pgError) continue;
      const name = `dossier_bench_${process.pid}_${run}`;
      await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
      try {
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        results.push(runChild(url.toString(), articles));
        log(`run ${run + 1}/${runs} postgres: ${results[results.length - 1]!.articlesPerSecond.toFixed(1)} articles/s`);
      } finally {
        await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const summary = (backend: RunResult['backend']) => {
    const rs = results.filter((r) => r.backend === backend);
    if (!rs.length) return null;
    return {
      runs: rs.length,
      articlesPerSecond: round(median(rs.map((r) => r.articlesPerSecond)), 1),
      lateVsEarly: round(median(rs.map((r) => r.lateVsEarly))),
      peakRssMb: round(median(rs.map((r) => r.peakRssMb)), 0),
      baselineRssMb: round(median(rs.map((r) => r.baselineRssMb)), 0),
      searchMedianMs: round(median(rs.map((r) => r.searchMedianMs))),
      searchP95Ms: round(median(rs.map((r) => r.searchP95Ms))),
    };
  };
  const sqlite = summary('sqlite')!;
  const postgres = summary('postgres');
  // Each run commits to SQLite then PostgreSQL back to back; the ratio within a run cancels most load swings.
  const pairs = results.flatMap((r, i) => (r.backend === 'postgres' && results[i - 1]?.backend === 'sqlite' ? [[results[i - 1]!, r] as const] : []));
  const report = {
    shape: { articles, ...BENCH_SHAPE },
    sqlite,
    postgres,
    postgresVsSqlite: postgres
      ? {
          throughput: round(postgres.articlesPerSecond / sqlite.articlesPerSecond),
          throughputPairedMedian: round(median(pairs.map(([a, b]) => b.articlesPerSecond / a.articlesPerSecond))),
          searchPairedMedian: round(median(pairs.map(([a, b]) => b.searchMedianMs / a.searchMedianMs))),
          peakRss: round(postgres.peakRssMb / sqlite.peakRssMb),
          searchMedian: round(postgres.searchMedianMs / sqlite.searchMedianMs),
        }
      : null,
    runs: results,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  log(`\n${articles} articles per run, ${runs} runs, medians:`);
  for (const [name, s] of [['sqlite', sqlite], ['postgres', postgres]] as const) {
    if (s) log(`  ${name.padEnd(8)} ${s.articlesPerSecond} articles/s (last quarter vs first ×${s.lateVsEarly}), peak RSS ${s.peakRssMb} MB (${s.baselineRssMb} MB before the first commit), search median ${s.searchMedianMs} ms (p95 ${s.searchP95Ms} ms)`);
  }
  if (report.postgresVsSqlite) {
    const r = report.postgresVsSqlite;
    log(`  postgres / sqlite: throughput ×${r.throughput}, peak RSS ×${r.peakRss}, search median ×${r.searchMedian}`);
    log(`  median of per-run ratios: throughput ×${r.throughputPairedMedian}, search median ×${r.searchPairedMedian}`);
  }
}

await main();
