import { DB_OPTION, usageError, type CommandSpec } from '../args.ts';
import { withStore } from '../context.ts';

export const workerCommand: CommandSpec = {
  name: 'worker',
  summary: 'Process queued documents (BullMQ on Redis) into the store until Ctrl-C.',
  usage: '',
  details: [
    'Scale-out: `dossier ingest --queue redis://HOST:6379 PATHS` queues documents; any number of',
    '`dossier worker --db postgres://… --redis redis://HOST:6379` processes run the per-document stages.',
    'Exactly one of them integrates (resolve, fuse, commit), so corpus records never race: start the',
    'others with --no-integrate.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    redis: { type: 'string', value: 'URL', description: 'Redis URL (default redis://127.0.0.1:6379)' },
    concurrency: { type: 'string', value: 'N', description: 'documents processed at once (default 1; about one per core)' },
    'no-integrate': { type: 'boolean', description: 'only run per-document stages; another worker integrates' },
    prefix: { type: 'string', value: 'NAME', description: 'queue key prefix (default dossier)' },
  },
  async run(ctx) {
    const concurrency = ctx.values.concurrency === undefined ? 1 : Number(ctx.values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw usageError('worker', '--concurrency takes a whole number ≥ 1');
    const redis = (ctx.values.redis as string | undefined) ?? 'redis://127.0.0.1:6379';
    const [{ startWorkers }, { reachable }, { redisOptions }] = await Promise.all([
      import('../../pipeline/queue/workers.ts'),
      import('../../pipeline/queue/enqueue.ts'),
      import('../../pipeline/queue/connection.ts'),
    ]);
    const conn = redisOptions(redis);
    await reachable(redis, conn.host, conn.port);
    return withStore(ctx, async (store) => {
      let done = 0;
      const workers = await startWorkers({
        redis,
        store,
        concurrency,
        integrate: !ctx.values['no-integrate'],
        prefix: ctx.values.prefix as string | undefined,
        onEvent: (e) => {
          if (e.kind === 'failed') ctx.stderr.write(`failed: ${e.source}: ${e.error}\n`);
          else if (e.queue === 'integrate' || e.outcome.kind === 'duplicate') ctx.stderr.write(`${++done} ${e.outcome.kind}: ${e.outcome.article}\n`);
        },
      });
      ctx.stderr.write(`worker: waiting for documents on ${redis} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await workers.close();
      return 0;
    });
  },
};
