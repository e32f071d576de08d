import { connect } from 'node:net';
import { Queue } from 'bullmq';
import { ingest, type IngestOptions } from '../../ingest/index.ts';
import type { Failure, Progress } from '../run.ts';
import { DEFAULT_PREFIX, QUEUES, redisOptions } from './connection.ts';
import type { ProcessJob } from './jobs.ts';
import { serviceError } from './workers.ts';

export interface EnqueueOptions extends IngestOptions {
  readonly redis: string;
  readonly prefix?: string;
  /** Wait until the workers have processed and integrated everything queued. */
  readonly wait?: boolean;
  readonly onProgress?: (p: Progress) => void;
}

export interface EnqueueSummary {
  readonly queued: number;
  readonly failed: readonly Failure[];
}

/**
 * Reads the sources (files, URLs, feeds) here and queues each document for the workers
 * (`dossier worker`). The job id is the content hash, so the same content is queued once.
 */
export async function enqueueSources(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const connection = redisOptions(options.redis);
  await reachable(options.redis, connection.host, connection.port);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const queue = new Queue<ProcessJob>(QUEUES.process, { connection, prefix });
  const started = performance.now();
  const failed: Failure[] = [];
  let queued = 0;
  let total: number | null = null;
  try {
    for await (const item of ingest(inputs, options)) {
      switch (item.kind) {
        case 'planned':
          total = item.total;
          continue;
        case 'failure':
          failed.push({ subject: item.error.subject ?? item.subject, code: item.error.code, message: item.error.message, fix: item.error.fix });
          break;
        case 'document':
          await queue.add('process', { raw: item.doc }, { jobId: item.doc.contentHash, removeOnComplete: 1000, removeOnFail: 5000 });
          queued++;
          break;
      }
      options.onProgress?.({ done: queued + failed.length, total, elapsedMs: performance.now() - started });
    }
    if (options.wait) await drained(prefix, connection);
  } finally {
    await queue.close();
  }
  return { queued, failed };
}

/** Resolves when neither queue has waiting, delayed or active jobs. */
export async function drained(prefix: string, connection: ReturnType<typeof redisOptions>, pollMs = 250): Promise<void> {
  const queues = [QUEUES.process, QUEUES.integrate].map((name) => new Queue(name, { connection, prefix }));
  try {
    for (;;) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')));
      if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

/** Fails fast with a clear error instead of letting the Redis client retry forever. */
export function reachable(url: string, host: string, port: number, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (e: unknown) => {
      socket.destroy();
      reject(serviceError(url, e));
    };
    socket.setTimeout(timeoutMs, () => fail(new Error('timed out')));
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
  });
}
