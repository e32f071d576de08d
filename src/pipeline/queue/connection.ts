import { DossierError } from '../../core/errors.ts';

/** BullMQ connection options from a `redis://[user:password@]host[:port][/db]` URL. */
export interface RedisOptions {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  /** Required by BullMQ workers: blocking commands must not be retried by ioredis. */
  readonly maxRetriesPerRequest: null;
}

export function redisOptions(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch (e) {
    throw new DossierError('E_USAGE', `"${url}" is not a Redis URL`, { subject: url, cause: e, fix: 'Write it as redis://HOST:PORT, e.g. redis://127.0.0.1:6379.' });
  }
  if (u.protocol !== 'redis:') {
    throw new DossierError('E_USAGE', `"${url}" is not a redis:// URL`, { subject: url, fix: 'Write it as redis://HOST:PORT, e.g. redis://127.0.0.1:6379.' });
  }
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db: Number.isInteger(db) ? db : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    maxRetriesPerRequest: null,
  };
}

/** Queue names. The prefix isolates one deployment (or one test) from another on the same Redis. */
export const QUEUES = {
  /** Per-document stages (clean, annotate, extract): pure, run by any number of workers. */
  process: 'dossier-process',
  /** Corpus-level stages (resolve, fuse) and the commit: one at a time, so records never race. */
  integrate: 'dossier-integrate',
} as const;

export const DEFAULT_PREFIX = 'dossier';
