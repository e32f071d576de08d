import { SqlStore, type SqlStoreOptions } from '../sql/store.ts';
import type { Store } from '../types.ts';
import { PostgresBackend, redactUrl } from './backend.ts';

export { POSTGRES_MIGRATIONS } from './migrations.ts';

/**
 * A PostgreSQL store at `url` (`postgres://user@host:port/database`). Connects lazily: an
 * unreachable server shows up as DossierError E_SERVICE on the first call (`migrate()` in
 * `openStore`). The database must exist; the schema is created by `migrate()`.
 */
export function openPostgresStore(url: string, options: SqlStoreOptions = {}): Store {
  return new SqlStore(new PostgresBackend(url, redactUrl(url)), options);
}
