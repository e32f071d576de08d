import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';
import { fixtureCommits } from './fixture.ts';

/** A real in-memory SQLite store holding the hand-built fixture corpus. */
export async function fixtureStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  for (const commit of fixtureCommits()) await store.commitArticle(commit);
  return store;
}
