import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport } from './build.ts';
import { jsonlLines } from './write.ts';
import { fixtureStore } from './testing/store.ts';

/**
 * The same commits give the same export, byte for byte, whichever backend stores them. Runs on
 * PostgreSQL when `DOSSIER_TEST_PG` (an admin URL; default postgres://postgres@127.0.0.1:5432/test)
 * is reachable, in a database of its own that is dropped afterwards; otherwise it is skipped with
 * a message (the store's own suite is the one that requires PostgreSQL on CI).
 */
const ADMIN_URL = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB = `dossier_export_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const unreachable = await admin('SELECT 1').then(() => null, (e: Error) => e.message || String(e));
if (unreachable) console.warn(`backends.test.ts: SKIPPED the PostgreSQL comparison — ${ADMIN_URL} is unreachable (${unreachable})`);

describe.runIf(unreachable === null)('export across backends', () => {
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`));

  it('is identical from SQLite and PostgreSQL', async () => {
    await admin(`CREATE DATABASE ${DB}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${DB}`;
    const [sqlite, postgres] = await Promise.all([fixtureStore(), fixtureStore(url.toString())]);
    try {
      for (const filter of [{}, { entity: 'Ortiz' }, { to: '2025-03-02' }]) {
        const a = [...jsonlLines(await buildExport(sqlite, filter))];
        const b = [...jsonlLines(await buildExport(postgres, filter))];
        expect(a.length).toBeGreaterThan(5);
        expect(b).toEqual(a);
      }
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
  });
});
