import { fileURLToPath } from 'node:url';
import type { Store } from '../../store/types.ts';
import { DB_OPTION, usageError, type CommandContext, type CommandSpec } from '../args.ts';
import { withStore } from '../context.ts';
import { progressBar } from '../progress.ts';
import { reportDates, reportSummary } from './ingest.ts';
import { normaliseUserDate } from '../dates.ts';
import { renderTimeline } from './timeline.ts';

const SERVE_OPTIONS = {
  port: { type: 'string', value: 'PORT', description: 'port to listen on (default 4173)' },
  host: { type: 'string', value: 'HOST', description: 'address to listen on (default 127.0.0.1)' },
} as const;

export const DEMO_CORPUS = fileURLToPath(new URL('../../../examples/seeds/', import.meta.url));

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Serve the HTTP API and the web page (timeline, sources, entities) until Ctrl-C.',
  usage: '',
  options: { ...DB_OPTION, ...SERVE_OPTIONS },
  async run(ctx) {
    return withStore(ctx, (store) => serveUntilInterrupted(ctx, store));
  },
};

export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'Ingest the demo corpus (examples/seeds), print its timeline and serve the dossier page.',
  usage: '',
  details: 'The demo articles are five scraped pages about Russia–North Korea relations (2022–2025), with no dates or metadata.',
  options: {
    ...DB_OPTION,
    ...SERVE_OPTIONS,
    'no-serve': { type: 'boolean', description: 'print the timeline and exit without serving' },
    dates: { type: 'string', value: 'DATES', description: 'apply a dates file after ingest (e.g. examples/seeds.dates.json; see `dossier date --file`)' },
  },
  async run(ctx) {
    return withStore(ctx, async (store) => {
      const [{ runIngest }, { buildTimeline }] = await Promise.all([import('../../pipeline/run.ts'), import('../../timeline/index.ts')]);
      const bar = progressBar(ctx.stderr, 'demo');
      const summary = await runIngest(store, [DEMO_CORPUS], { onProgress: (p) => bar.update(p) }).finally(() => bar.finish());
      reportSummary(ctx, summary);
      if (ctx.values.dates !== undefined) {
        const [{ applyDatesFile }, { defaultPipeline }] = await Promise.all([import('../../pipeline/run.ts'), import('../../pipeline/components.ts')]);
        reportDates(ctx, await applyDatesFile(store, String(ctx.values.dates), defaultPipeline(), normaliseUserDate));
      }
      const events = await store.listEvents();
      ctx.stdout.write('\n' + (await renderTimeline(store, buildTimeline(events), events, 'text')));
      const undated = events.filter((e) => e.date === null).length;
      if (undated) ctx.stdout.write(`\n(${undated} undated events: see \`dossier events\`)\n`);
      if (ctx.values['no-serve']) return summary.failed.length ? 1 : 0;
      return serveUntilInterrupted(ctx, store);
    });
  },
};

async function serveUntilInterrupted(ctx: CommandContext, store: Store): Promise<number> {
  const port = ctx.values.port === undefined ? 4173 : Number(ctx.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('serve', '--port takes a port number');
  const { startServer } = await import('../../serve/index.ts');
  const server = await startServer({ store, port, host: (ctx.values.host as string | undefined) ?? '127.0.0.1' });
  ctx.stderr.write(`\nServing the dossier at ${server.url}  (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
