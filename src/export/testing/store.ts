import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/types.ts';
import { fixtureCommits } from './fixture.ts';

/** A real store (in-memory SQLite unless a location is given) holding the hand-built fixture corpus. */
export async function fixtureStore(location = ':memory:'): Promise<Store> {
  const store = await openStore(location);
  for (const commit of fixtureCommits()) await store.commitArticle(commit);
  return store;
}
