import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.ts';
import { QUEUES, redisOptions } from './connection.ts';
import { enqueueSources, reachable } from './enqueue.ts';
import { corpusPendingKey, startWorkers, type WorkerEvent } from './workers.ts';

/**
 * The distributed path: a producer queues documents in Redis, BullMQ workers run the per-document
 * stages, one consumer integrates and commits. Uses the real Redis at $DOSSIER_TEST_REDIS
 * (default redis://127.0.0.1:6379) under a key prefix of its own, removed afterwards.
 */
const REDIS = process.env.DOSSIER_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const SEEDS = fileURLToPath(new URL('../../../examples/seeds/', import.meta.url));
const prefix = `dossier-test-${process.pid}-${Date.now()}`;
const opts = redisOptions(REDIS);
const unreachable = await reachable(REDIS, opts.host, opts.port).then(
  () => null,
  (e: Error) => e.message,
);
const dir = mkdtempSync(join(tmpdir(), 'dossier-queue-'));

afterAll(async () => {
  if (!unreachable) {
    for (const name of Object.values(QUEUES)) {
      const q = new Queue(name, { connection: opts, prefix });
      await q.obliterate({ force: true });
      await q.close();
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

if (unreachable && process.env.CI !== 'true') {
  console.warn(`[queue] SKIPPING the Redis/BullMQ tests: ${unreachable}. Start Redis or set DOSSIER_TEST_REDIS; on CI (CI=true) they fail instead.`);
}

describe.skipIf(unreachable !== null && process.env.CI !== 'true')('BullMQ workers', () => {
  it('needs Redis', () => expect(unreachable).toBeNull());

  it('ingests a corpus through the queues into the store, once', async () => {
    const store = await openStore(join(dir, 'queue.db'));
    const events: WorkerEvent[] = [];
    const workers = await startWorkers({ redis: REDIS, prefix, store, concurrency: 2, onEvent: (e) => events.push(e) });
    try {
      const first = await enqueueSources([SEEDS], { redis: REDIS, prefix, wait: true });
      expect(first).toEqual({ queued: 5, failed: [] });
      expect((await store.listArticles()).map((a) => a.source.split('/').pop()).sort()).toEqual([
        '000_b3b4f602fdbae859.txt',
        '001_ba77012b99cb3c2e.txt',
        '002_587f8dab6f04be38.txt',
        '003_b4d5968f3c2a6945.txt',
        '004_d802b92d1a2a96bd.txt',
      ]);
      expect(events.filter((e) => e.kind === 'done' && e.queue === 'integrate')).toHaveLength(5);
      expect(events.filter((e) => e.kind === 'failed')).toEqual([]);
      // Corpus-level records were built across the articles, as in-process ingest builds them.
      const putin = (await store.findEntities('Vladimir Putin'))[0];
      expect(putin.articles.length).toBeGreaterThan(1);
      // Undated articles were dated from the corpus once the queue drained, as in-process ingest dates them.
      const published = Object.fromEntries((await store.listArticles()).map((a) => [a.source.split('/').pop()!.slice(0, 3), a.published]));
      expect(published['004']).toMatchObject({ basis: 'inferred', date: '2024' });
      expect(published['001']).toMatchObject({ basis: 'inferred', date: '2025' });
      // …and the articles waiting for that run were cleared once it was done.
      const redis = new Redis(opts);
      try {
        expect(await redis.scard(corpusPendingKey(prefix))).toBe(0);
      } finally {
        redis.disconnect();
      }

      // Queuing the same content again stores nothing new.
      await enqueueSources([SEEDS], { redis: REDIS, prefix, wait: true });
      expect(await store.listArticles()).toHaveLength(5);
    } finally {
      await workers.close();
      await store.close();
    }
  });

  it('reports an unreachable Redis as a service error naming it', async () => {
    await expect(enqueueSources([SEEDS], { redis: 'redis://127.0.0.1:1', prefix })).rejects.toMatchObject({ code: 'E_SERVICE', subject: 'redis://127.0.0.1:1' });
  });
});
