import { DossierError } from '../../core/errors.ts';
import type { SqlBackend } from './backend.ts';

/**
 * Applies the backend's pending migrations in version order, each in its own transaction together
 * with its `schema_migrations` row, so a failed migration leaves the previous version intact.
 * Idempotent: an applied version is skipped (re-checked under the lock, so concurrent migrators
 * do not apply a version twice).
 */
export async function runMigrations(db: SqlBackend): Promise<void> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const known = [...db.migrations].sort((a, b) => a.version - b.version);
  const newest = known[known.length - 1]?.version ?? 0;
  const [top] = await db.all<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  if (top?.v != null && Number(top.v) > newest) {
    throw new DossierError('E_STORE', `the database schema is version ${top.v}, newer than this dossier knows (${newest})`, {
      subject: db.location,
      fix: 'Upgrade dossier, or point --store at another database.',
    });
  }
  for (const m of known) {
    await db.transaction(async (tx) => {
      await db.lockMigrations(tx);
      const done = await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (done.length) return;
      await tx.exec(m.up);
      await tx.all('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
  }
}
