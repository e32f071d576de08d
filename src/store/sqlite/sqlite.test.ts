import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { defineStoreContract } from '../contract.ts';
import { LINKER, PORT_TEXT, emptyCommit, makeArticle } from '../fixtures.ts';
import { SqlStore } from '../sql/store.ts';
import { SqliteBackend } from './backend.ts';
import { SQLITE_MIGRATIONS, openSqliteStore } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// On disk (WAL) rather than :memory:, so the suite exercises the configuration users get.
defineStoreContract(
  'sqlite',
  async (options) => openSqliteStore(join(dir, `t${n++}.db`), options),
  async () => {
    const path = join(dir, `t${n++}.db`);
    return new SqliteBackend(new Database(path), path);
  },
);

describe('sqlite specifics', () => {
  it('records each migration once, in order, with WAL and foreign keys on', async () => {
    const path = join(dir, 'migrations.db');
    const store = openSqliteStore(path);
    await store.migrate();
    await store.migrate();
    await store.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies each migration in a transaction: a failing one leaves the previous version intact', async () => {
    const path = join(dir, 'broken.db');
    class BrokenBackend extends SqliteBackend {
      override readonly migrations = [
        ...SQLITE_MIGRATIONS,
        { version: 99, name: 'half-applied', up: 'CREATE TABLE half (a TEXT); INSERT INTO no_such_table VALUES (1);' },
      ];
    }
    const store = new SqlStore(new BrokenBackend(new Database(path), path));
    await expect(store.migrate()).rejects.toMatchObject({ code: 'E_STORE', subject: path });
    await store.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
  });

  it('refuses a database from a newer schema', async () => {
    const path = join(dir, 'newer.db');
    const store = openSqliteStore(path);
    await store.migrate();
    await store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    const again = openSqliteStore(path);
    await expect(again.migrate()).rejects.toMatchObject({ code: 'E_STORE' });
    await again.close();
  });

  it('persists across reopen', async () => {
    const path = join(dir, 'reopen.db');
    const a = makeArticle(PORT_TEXT);
    const first = openSqliteStore(path);
    await first.migrate();
    await first.commitArticle(emptyCommit(a));
    await first.close();
    const second = openSqliteStore(path);
    await second.migrate();
    expect((await second.getArticle(a.id))!.article.text).toBe(PORT_TEXT);
    expect((await second.search('Rotterdam')).length).toBe(1);
    await second.close();
  });

  it('upgrades a version-3 store: entity link targets are backfilled', async () => {
    const path = join(dir, 'v3.db');
    const first = openSqliteStore(path);
    await first.migrate();
    await first.commitArticle(emptyCommit(makeArticle(PORT_TEXT), { entities: [LINKER] }));
    await first.close();
    const db = new Database(path);
    db.exec('DROP TABLE entity_links; DELETE FROM schema_migrations WHERE version = 4;');
    db.close();
    const second = openSqliteStore(path);
    await second.migrate();
    expect(await second.entitiesLinkingTo(['ent_ru'])).toEqual([LINKER]);
    await second.close();
  });

  it('names the path when it cannot open', () => {
    expect(() => openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.db'))).toThrow(expect.objectContaining({ code: 'E_STORE' }));
  });
});
