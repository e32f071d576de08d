import { DossierError } from '../core/errors.ts';
import { openPostgresStore } from './postgres/index.ts';
import type { SqlStoreOptions } from './sql/store.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { Store } from './types.ts';

/** Where the store lives when `--store` is not given. */
export const DEFAULT_STORE = './dossier.db';

/** True for a PostgreSQL connection URL rather than a SQLite file path. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location` and brings its schema up to date: a file path (default
 * `./dossier.db`, or `:memory:`) → SQLite; `postgres://…` or `postgresql://…` → PostgreSQL.
 * Failures are DossierError E_STORE (cannot open or migrate) or E_SERVICE (PostgreSQL
 * unreachable), naming the location and the fix. The connection is closed on failure.
 */
export async function openStore(location: string = DEFAULT_STORE, options: SqlStoreOptions = {}): Promise<Store> {
  const where = location.trim() || DEFAULT_STORE;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where) && !isPostgresUrl(where) && !where.startsWith('file://')) {
    throw new DossierError('E_STORE', `unsupported store location ${where}`, {
      subject: where,
      fix: 'Give a SQLite file path (e.g. ./dossier.db) or a PostgreSQL URL (postgres://user@host:5432/database).',
    });
  }
  const store = isPostgresUrl(where)
    ? openPostgresStore(where, options)
    : openSqliteStore(where.startsWith('file://') ? new URL(where).pathname : where, options);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
