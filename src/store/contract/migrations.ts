import { expect, it } from 'vitest';
import { FIXED_NOW, emptyCommit, quote } from '../fixtures.ts';
import type { Migration, SqlBackend } from '../sql/backend.ts';
import { SqlStore } from '../sql/store.ts';
import { summit } from './shared.ts';

/** Opens the backend of a fresh, empty database (its `migrations` are the full list). */
export type BackendFactory = () => Promise<SqlBackend>;

/** The same database with only `migrations` known: a store as an older dossier left it. */
function withMigrations(b: SqlBackend, migrations: readonly Migration[]): SqlBackend {
  return {
    kind: b.kind,
    location: b.location,
    migrations,
    all: (sql, params) => b.all(sql, params),
    batch: (statements) => b.batch(statements),
    exec: (script) => b.exec(script),
    transaction: (fn) => b.transaction(fn),
    lockMigrations: (tx) => b.lockMigrations(tx),
    bool: (value) => b.bool(value),
    parseJson: (value) => b.parseJson(value),
    indexText: (tx, seq, text, previous) => b.indexText(tx, seq, text, previous),
    search: (query, limit) => b.search(query, limit),
    close: () => b.close(),
  };
}

/** Upgrades from an older schema: data stored before a migration reads back in the new shape. */
export function migrationContract(openBackend: BackendFactory): void {
  it('migration 5 gives each stored quote its speaker as `speakers` and lists it by that speaker', async () => {
    const backend = await openBackend();
    const old = new SqlStore(withMigrations(backend, backend.migrations.filter((m) => m.version <= 4)), { now: () => FIXED_NOW });
    await old.migrate();
    await old.commitArticle(emptyCommit(summit));
    // quotes as version 4 stored them: one speaker, no `speakers`
    const { speakers: _kim, ...kim } = quote('q_kim', summit, 'the strongest treaty', 'ent_kim');
    const { speakers: _none, ...anon } = quote('q_anon', summit, 'Kim Jong Un', null);
    for (const q of [kim, anon]) {
      await backend.all('INSERT INTO quotes (id, article, speaker, start_offset, end_offset, record) VALUES (?, ?, ?, ?, ?, ?)', [
        q.id, q.article, q.speaker, q.start, q.end, JSON.stringify(q),
      ]);
    }
    const store = new SqlStore(backend, { now: () => FIXED_NOW });
    try {
      await store.migrate();
      expect((await store.listQuotes()).map((q) => [q.id, q.speakers])).toEqual([['q_anon', []], ['q_kim', ['ent_kim']]]);
      expect((await store.listQuotes({ speaker: 'ent_kim' })).map((q) => q.id)).toEqual(['q_kim']);
    } finally {
      await store.close();
    }
  });
}
