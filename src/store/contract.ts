import { afterEach, beforeEach, describe } from 'vitest';
import { articleContract } from './contract/articles.ts';
import { migrationContract, type BackendFactory } from './contract/migrations.ts';
import { recordContract } from './contract/records.ts';
import { searchContract } from './contract/search.ts';
import { supersedeContract } from './contract/supersede.ts';
import { FIXED_NOW } from './fixtures.ts';
import type { SqlStoreOptions } from './sql/store.ts';
import type { Store } from './types.ts';

/** Opens a fresh, empty, not yet migrated store. */
export type StoreFactory = (options: SqlStoreOptions) => Promise<Store>;

/**
 * The behaviour every `Store` must have. Each backend's test file calls this with a factory; the
 * same assertions (in `contract/`) run against SQLite and PostgreSQL, each test on a fresh,
 * migrated store with a fixed clock. `openBackend` opens a fresh database's backend, for upgrades
 * from an older schema (`contract/migrations.ts`).
 */
export function defineStoreContract(label: string, open: StoreFactory, openBackend: BackendFactory): void {
  describe(`Store contract: ${label}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open({ now: () => FIXED_NOW });
      await store.migrate();
    });
    afterEach(async () => {
      await store?.close();
    });
    const current = () => store;
    articleContract(current);
    recordContract(current);
    searchContract(current);
    supersedeContract(current);
    migrationContract(openBackend);
  });
}
