/**
 * B³ (B-cubed) clustering precision, recall and F1 (Bagga & Baldwin 1998): for each item, the
 * share of its predicted cluster that shares its gold cluster (precision) and the share of its gold
 * cluster that shares its predicted cluster (recall), averaged over items.
 */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()].filter((i) => predicted.has(i));
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const i of items) {
    const p = predicted.get(i)!;
    const g = gold.get(i)!;
    pairCount.set(`${p}\u0000${g}`, (pairCount.get(`${p}\u0000${g}`) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const i of items) {
    const p = predicted.get(i)!;
    const g = gold.get(i)!;
    const both = pairCount.get(`${p}\u0000${g}`)!;
    precision += both / predSize.get(p)!;
    recall += both / goldSize.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
