import type { EntityRecord } from '../core/corpus.ts';
import { DossierError } from '../core/errors.ts';
import type { Store } from '../store/types.ts';
import { dbLocation, type CommandContext } from './args.ts';

/** Opens the store named by `--db`, runs `fn`, and always closes it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  // Loaded on first use so `--help` and usage errors answer without loading the store drivers.
  const { openStore } = await import('../store/open.ts');
  const store = await openStore(dbLocation(ctx.values));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Entity ids for `--entity NAME` (canonical name or alias, or an id). */
export async function entityIds(store: Store, name: string): Promise<string[]> {
  const byId = await store.getEntity(name);
  if (byId) return [byId.id];
  const found = await store.findEntities(name);
  if (found.length === 0) {
    throw new DossierError('E_NOT_FOUND', `no entity named "${name}"`, {
      subject: '--entity',
      fix: 'Run `dossier entities` to see the names and aliases in the store.',
    });
  }
  return found.map((e) => e.id);
}

/** Caches entity names for display. */
export function entityNamer(store: Store) {
  const cache = new Map<string, Promise<EntityRecord | null>>();
  return async (id: string | null): Promise<string> => {
    if (!id) return '';
    if (!cache.has(id)) cache.set(id, store.getEntity(id));
    return (await cache.get(id))?.name ?? id;
  };
}

export function write(ctx: CommandContext, text: string): void {
  ctx.stdout.write(text);
}
