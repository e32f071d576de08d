/**
 * Maps over items with at most `limit` calls in flight, yielding results in input order, so the
 * output is deterministic whatever the timing.
 */
export async function* mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const launch = () => {
    if (next < items.length) {
      const i = next++;
      pending.push(fn(items[i], i));
    }
  };
  for (let k = 0; k < Math.max(1, limit); k++) launch();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    launch();
    yield result;
  }
}
