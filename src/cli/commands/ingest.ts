import { DossierError } from '../../core/errors.ts';
import type { DatesApplied, RunSummary } from '../../pipeline/run.ts';
import { DB_OPTION, usageError, type CommandSpec, type CommandContext } from '../args.ts';
import { withStore } from '../context.ts';
import { progressBar } from '../progress.ts';
import { normaliseUserDate } from '../dates.ts';

export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'Ingest articles from files, directories, URLs and RSS/Atom feeds.',
  usage: 'PATH|URL ...',
  details: [
    'Files: .txt, .html/.htm, .md, .json, .jsonl (one article per line: {text, html or markdown, url?, title?, published?, outlet?, authors?, language?})',
    'and RSS/Atom feeds (.xml/.rss/.atom, or a URL); each feed item’s page is fetched. See docs/ingest.md.',
    'Directories are read recursively. A sidecar NAME.meta.json ({published?, outlet?, title?, url?}) supplies metadata for plain text.',
    'The same content is stored once (content hash); an edited file keeps both versions, the newest current.',
    'Exit code 1 when any source failed; the others are still stored.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    published: { type: 'string', value: 'DATE', description: 'publication date (YYYY-MM-DD) for every file of this call' },
    timeout: { type: 'string', value: 'SECONDS', description: 'per-URL fetch time limit (default 20)' },
    queue: { type: 'string', value: 'REDIS_URL', description: 'queue the documents for `dossier worker` processes instead of processing here' },
    wait: { type: 'boolean', description: 'with --queue: wait until the workers have stored everything' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw usageError('ingest', 'give at least one PATH or URL');
    const published = ctx.values.published === undefined ? undefined : normaliseUserDate(String(ctx.values.published), '--published');
    const timeout = ctx.values.timeout === undefined ? undefined : Number(ctx.values.timeout);
    if (timeout !== undefined && !(timeout > 0)) throw usageError('ingest', '--timeout takes a number of seconds');
    if (ctx.values.queue !== undefined) return enqueue(ctx, String(ctx.values.queue), published, timeout);
    const { runIngest } = await import('../../pipeline/run.ts');
    const summary = await withStore(ctx, async (store) => {
      const bar = progressBar(ctx.stderr, 'ingest');
      try {
        return await runIngest(store, ctx.positionals, {
          published,
          timeoutMs: timeout === undefined ? undefined : timeout * 1000,
          onProgress: (p) => bar.update(p),
        });
      } finally {
        bar.finish();
      }
    });
    reportSummary(ctx, summary);
    return summary.failed.length ? 1 : 0;
  },
};

export function reportSummary(ctx: CommandContext, s: RunSummary): void {
  if (ctx.values.json) {
    ctx.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return;
  }
  for (const f of s.failed) ctx.stderr.write(`failed: ${f.subject}: ${f.message} [${f.code}] — ${f.fix}\n`);
  const parts = [`${s.ingested} ingested`];
  if (s.updated) parts.push(`${s.updated} of them new versions`);
  parts.push(`${s.duplicates} duplicates`);
  if (s.redated) parts.push(`${s.redated} re-dated`);
  parts.push(`${s.failed.length} failed`);
  if (s.corpusDated) parts.push(`${s.corpusDated} dated from the corpus (inferred)`);
  if (s.skipped) parts.push(`${s.skipped} files skipped (unsupported extension)`);
  const reasons = [...new Set(s.failed.map((f) => f.code))];
  ctx.stderr.write(`${parts.join(', ')}${reasons.length ? ` (${reasons.join(', ')})` : ''}\n`);
}

export const dateCommand: CommandSpec = {
  name: 'date',
  summary: "Set an article's publication date (or many, from a file); every date that depends on it is resolved again.",
  usage: 'ARTICLE DATE | --file DATES',
  details: [
    'ARTICLE: an article id or unique prefix. DATE: YYYY-MM-DD (or YYYY-MM, YYYY).',
    '--file: JSON {"ARTICLE": "DATE", …} (or {"dates": {…}} with notes beside it) or CSV lines ARTICLE,DATE,',
    'where ARTICLE may also be a file name, a source path or a URL. See docs/dates.md.',
  ].join('\n'),
  options: { ...DB_OPTION, file: { type: 'string', value: 'DATES', description: 'a JSON or CSV file of article → date' } },
  async run(ctx) {
    const [{ defaultPipeline }, { redateStored, applyDatesFile }, { inferCorpusDates }] = await Promise.all([
      import('../../pipeline/components.ts'),
      import('../../pipeline/run.ts'),
      import('../../pipeline/corpus-dates.ts'),
    ]);
    if (ctx.values.file !== undefined) {
      if (ctx.positionals.length > 0) throw usageError('date', 'give either ARTICLE DATE or --file DATES, not both');
      const file = String(ctx.values.file);
      return withStore(ctx, async (store) => reportDates(ctx, await applyDatesFile(store, file, defaultPipeline(), normaliseUserDate)));
    }
    const [id, value] = ctx.positionals;
    if (!id || !value || ctx.positionals.length > 2) throw usageError('date', 'give an ARTICLE id (or prefix) and a DATE, or --file DATES');
    const date = normaliseUserDate(value, 'DATE');
    await withStore(ctx, async (store) => {
      const stored = await store.getArticle(id);
      if (!stored) {
        throw new DossierError('E_NOT_FOUND', `no article "${id}"`, { subject: id, fix: 'Run `dossier articles` to list article ids.' });
      }
      await redateStored(store, stored.article, date, defaultPipeline());
      await inferCorpusDates(store, defaultPipeline());
      ctx.stdout.write(`${stored.article.id}: published ${date} (user); dates recomputed\n`);
    });
    return 0;
  },
};

/** Prints what a dates file did; exit code 1 when a key matched no article. */
export function reportDates(ctx: CommandContext, r: DatesApplied): number {
  for (const [id, date] of r.redated) ctx.stdout.write(`${id}: published ${date} (user); dates recomputed\n`);
  for (const key of r.unmatched) ctx.stderr.write(`no article matches "${key}": run \`dossier articles\` to list ids and sources\n`);
  ctx.stderr.write(`${r.redated.length} re-dated, ${r.unchanged} unchanged, ${r.unmatched.length} unmatched\n`);
  return r.unmatched.length ? 1 : 0;
}

async function enqueue(ctx: CommandContext, redis: string, published: string | undefined, timeout: number | undefined): Promise<number> {
  const { enqueueSources } = await import('../../pipeline/queue/enqueue.ts');
  const bar = progressBar(ctx.stderr, 'queue');
  const s = await enqueueSources(ctx.positionals, {
    redis,
    published,
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    wait: Boolean(ctx.values.wait),
    onProgress: (p) => bar.update(p),
  }).finally(() => bar.finish());
  if (ctx.values.json) ctx.stdout.write(JSON.stringify(s, null, 2) + '\n');
  else {
    for (const f of s.failed) ctx.stderr.write(`failed: ${f.subject}: ${f.message} [${f.code}] — ${f.fix}\n`);
    ctx.stderr.write(`${s.queued} queued${ctx.values.wait ? ' and processed' : ''}, ${s.failed.length} failed\n`);
  }
  return s.failed.length ? 1 : 0;
}
