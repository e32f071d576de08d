import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.ts';
import { PORT_TEXT, emptyCommit, makeArticle } from './fixtures.ts';
import { isPostgresUrl, openStore } from './open.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(p: Promise<unknown>): Promise<DossierError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DossierError);
  return e as DossierError;
}

describe('openStore', () => {
  it('opens and migrates a SQLite file, usable at once', async () => {
    const path = join(dir, 'a.db');
    const store = await openStore(path);
    expect(store.kind).toBe('sqlite');
    const a = makeArticle(PORT_TEXT);
    await store.commitArticle(emptyCommit(a));
    expect((await store.search('Rotterdam')).map((h) => h.article)).toEqual([a.id]);
    await store.close();
  });

  it('tells PostgreSQL URLs from paths', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h:5432/db')).toBe(true);
    expect(isPostgresUrl('./postgres.db')).toBe(false);
  });

  it('names the location and the fix when SQLite cannot open', async () => {
    const e = await failure(openStore(join(dir, 'missing-dir', 'x.db')));
    expect(e.code).toBe('E_STORE');
    expect(e.subject).toContain('missing-dir');
    expect(e.fix).not.toBe('');
  });

  it('reports a file that is not a database as E_STORE', async () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is a plain text file, not SQLite\n'.repeat(200));
    const e = await failure(openStore(path));
    expect(e.code).toBe('E_STORE');
    expect(e.subject).toBe(path);
  });

  it('reports an unreachable PostgreSQL as E_SERVICE without the password', async () => {
    // Port 9 (discard) on localhost refuses connections.
    const e = await failure(openStore('postgres://someone:secret@127.0.0.1:9/dossier'));
    expect(e.code).toBe('E_SERVICE');
    expect(e.subject).toBe('postgres://someone:***@127.0.0.1:9/dossier');
    expect(e.message).not.toContain('secret');
  });

  it('refuses other URL schemes', async () => {
    expect((await failure(openStore('mysql://h/db'))).code).toBe('E_STORE');
  });
});
