import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Pipeline } from '../../core/component.ts';
import { DossierError, toDossierError } from '../../core/errors.ts';
import type { Store } from '../../store/types.ts';
import { defaultPipeline } from '../components.ts';
import { integrate } from '../integrate.ts';
import { inferCorpusDates } from '../corpus-dates.ts';
import { processRaw } from '../process.ts';
import { DEFAULT_PREFIX, QUEUES, redisOptions } from './connection.ts';
import type { IntegrateJob, JobOutcome, ProcessJob } from './jobs.ts';

export interface WorkerOptions {
  readonly redis: string;
  readonly store: Store;
  readonly prefix?: string;
  /** Documents processed at once by this process (per-document stages are CPU-bound: about one per core). */
  readonly concurrency?: number;
  /** Also run the integration consumer in this process (exactly one process in a deployment should). */
  readonly integrate?: boolean;
  readonly pipeline?: Pipeline;
  readonly onEvent?: (e: WorkerEvent) => void;
}

export type WorkerEvent =
  | { readonly kind: 'done'; readonly queue: 'process' | 'integrate'; readonly outcome: JobOutcome }
  | { readonly kind: 'failed'; readonly queue: 'process' | 'integrate'; readonly source: string; readonly error: string };

/**
 * The Redis set of articles integrated since the corpus date inference last ran (corpus-dates.ts
 * re-dates only what they can reach). A replaced earlier version of a source leaves nothing to
 * follow, so it adds `WHOLE_CORPUS` instead, and that run reads the whole corpus.
 */
export const corpusPendingKey = (prefix: string): string => `${prefix}:${QUEUES.integrate}:corpus-pending`;
const WHOLE_CORPUS = '*';

export interface Workers {
  close(): Promise<void>;
}

/**
 * Starts BullMQ workers: the per-document stages on the `process` queue (any number of workers),
 * and, when `integrate` is set, the single consumer of the `integrate` queue that resolves,
 * fuses and commits one article at a time.
 */
export async function startWorkers(options: WorkerOptions): Promise<Workers> {
  const connection = redisOptions(options.redis);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const pipeline = options.pipeline ?? defaultPipeline();
  const { store } = options;
  const integrateQueue = new Queue<IntegrateJob>(QUEUES.integrate, { connection, prefix });
  // Even if several processes run the integration consumer, Redis hands out one job at a time.
  await integrateQueue.setGlobalConcurrency(1);
  const pendingKey = corpusPendingKey(prefix);
  // The set of articles waiting for the corpus date pass: only the integrating consumer reads it.
  const redis = (options.integrate ?? true) ? new Redis(connection) : null;

  const processWorker = new Worker<ProcessJob, JobOutcome>(
    QUEUES.process,
    async (job) => {
      const { raw } = job.data;
      const existing = await store.articleIdByHash(raw.contentHash);
      if (existing) return { kind: 'duplicate', article: existing };
      const processed = processRaw(raw, pipeline);
      if (processed.kind === 'rejected') {
        const reason = processed.diagnostics.find((d) => d.severity === 'error') ?? processed.diagnostics[0];
        // A page with no article will not get one by retrying.
        throw new UnrecoverableError(`${raw.source}: ${reason?.message ?? 'no article content'}`);
      }
      const id = processed.doc.article.id;
      await integrateQueue.add('integrate', { doc: processed.doc, contentHash: raw.contentHash }, { jobId: id });
      return { kind: 'queued-for-integration', article: id };
    },
    { connection, prefix, concurrency: options.concurrency ?? 1 },
  );
  watch(processWorker, 'process', options.onEvent);

  let integrateWorker: Worker<IntegrateJob, JobOutcome> | null = null;
  if (redis) {
    integrateWorker = new Worker<IntegrateJob, JobOutcome>(
      QUEUES.integrate,
      async (job) => {
        const { doc, contentHash } = job.data;
        const existing = await store.articleIdByHash(contentHash);
        if (existing) return { kind: 'duplicate', article: existing };
        const previous = await store.currentArticleBySource(doc.article.source);
        const supersedes = previous && previous.id !== doc.article.id ? previous.id : null;
        await store.commitArticle(await integrate(store, doc, supersedes));
        // The batch is in when nothing else waits: undated articles are then dated from the corpus,
        // inside this job so the single integrating consumer stays the only writer. The articles
        // integrated since the last such run are kept in Redis (any consumer process may run it),
        // and removed only once it is done, so a crash leaves them for the next run.
        await redis.sadd(pendingKey, supersedes ? WHOLE_CORPUS : doc.article.id);
        if ((await integrateQueue.getWaitingCount()) === 0) {
          const pending = (await redis.smembers(pendingKey)).sort();
          await inferCorpusDates(store, pipeline, pending.includes(WHOLE_CORPUS) ? undefined : pending);
          if (pending.length) await redis.srem(pendingKey, ...pending);
        }
        return { kind: 'ingested', article: doc.article.id, supersedes };
      },
      // One at a time: corpus records are read, merged and written by one consumer.
      { connection, prefix, concurrency: 1 },
    );
    watch(integrateWorker, 'integrate', options.onEvent);
  }

  return {
    async close() {
      await Promise.all([processWorker.close(), integrateWorker?.close(), integrateQueue.close()]);
      redis?.disconnect();
    },
  };
}

function watch<D extends ProcessJob | IntegrateJob>(
  worker: Worker<D, JobOutcome>,
  queue: 'process' | 'integrate',
  onEvent: WorkerOptions['onEvent'],
): void {
  worker.on('completed', (_job: Job<D, JobOutcome>, outcome: JobOutcome) => onEvent?.({ kind: 'done', queue, outcome }));
  worker.on('failed', (job: Job<D, JobOutcome> | undefined, err: Error) => {
    const source = job ? ('raw' in job.data ? job.data.raw.source : job.data.doc.article.source) : '(unknown job)';
    onEvent?.({ kind: 'failed', queue, source, error: err.message });
  });
  // Connection errors are reported, never thrown out of an event emitter.
  worker.on('error', (err) => onEvent?.({ kind: 'failed', queue, source: '(redis)', error: toDossierError(err).message }));
}

export function serviceError(url: string, cause: unknown): DossierError {
  return new DossierError('E_SERVICE', `Redis at ${url} is unreachable`, {
    subject: url,
    cause,
    fix: 'Start Redis (redis-server) or pass the right --redis URL.',
  });
}
