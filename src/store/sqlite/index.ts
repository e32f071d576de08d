import Database from 'better-sqlite3';
import { DossierError } from '../../core/errors.ts';
import { SqlStore, type SqlStoreOptions } from '../sql/store.ts';
import type { Store } from '../types.ts';
import { SqliteBackend } from './backend.ts';

export { SQLITE_MIGRATIONS } from './migrations.ts';

/**
 * Opens (creating if needed) a SQLite store at `path` (`:memory:` for a throwaway one). The
 * schema is not touched until `migrate()`; `openStore` in `src/store/open.ts` does both.
 */
export function openSqliteStore(path: string, options: SqlStoreOptions = {}): Store {
  let backend: SqliteBackend;
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    backend = new SqliteBackend(db, path);
  } catch (e) {
    db?.close();
    throw new DossierError('E_STORE', `cannot open the SQLite store ${path}: ${e instanceof Error ? e.message : String(e)}`, {
      subject: path,
      cause: e,
      fix: 'Check that the directory exists and is writable and that the file is a dossier SQLite store, or pass another path with --store.',
    });
  }
  return new SqlStore(backend, options);
}
