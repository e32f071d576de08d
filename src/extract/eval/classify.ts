import type { EventMention } from '../../core/layers.ts';
import type { PloverType } from '../../core/ontology.ts';

export interface Classified {
  readonly type: PloverType | null;
  readonly label: string;
}

/**
 * One label for a snippet: its most specific event (first non-generic mode, else the first event),
 * as a PLOVER type and a CASE label (via the mode). No event → no type and the label `OTHER`.
 */
export interface ClassifyData {
  readonly generic: ReadonlySet<string>;
  readonly extra: Readonly<Record<string, string>>;
  readonly mapping: Readonly<Record<string, { readonly type: PloverType | null; readonly mode: string | null }>>;
  readonly disasters: readonly { readonly label: string; readonly re: RegExp }[];
  readonly protests: readonly { readonly label: string; readonly modes: readonly string[] }[];
}

export function classifyEvents(text: string, events: readonly EventMention[], data: ClassifyData): Classified {
  const { generic, extra, mapping } = data;
  const asserted = events.filter((e) => e.modality !== 'hypothetical' && e.modality !== 'negated');
  const pool = asserted.length ? asserted : events;
  const best = pool.find((e) => e.mode && !generic.has(e.mode)) ?? pool[0];
  if (!best || generic.has(best.mode ?? '')) {
    const disaster = data.disasters.find((d) => d.re.test(text));
    if (disaster) return { type: null, label: disaster.label };
  }
  if (!best) return { type: null, label: 'OTHER' };
  if (best.type === 'PROTEST') {
    const modes = new Set(pool.map((e) => e.mode));
    const combo = data.protests.find((c) => c.modes.some((m) => modes.has(m)));
    if (combo) return { type: combo.label === 'VIOL_DEMONSTR' ? 'PROTEST' : 'COERCE', label: combo.label };
  }
  const label = Object.entries(mapping).find(([, v]) => v.mode === best.mode && v.type === best.type)?.[0] ?? (best.mode ? extra[best.mode] : undefined) ?? 'OTHER';
  return { type: best.type, label };
}

/** Macro-F1 over the union of gold and predicted labels (zero division = 0) and accuracy. */
export function macroF1(gold: readonly string[], pred: readonly string[]) {
  const labels = [...new Set([...gold, ...pred])].sort();
  const per: Record<string, { p: number; r: number; f1: number; support: number }> = {};
  let sum = 0;
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === l && g === l) tp++;
      else if (pred[i] === l) fp++;
      else if (g === l) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    per[l] = { p, r, f1, support: tp + fn };
    sum += f1;
  }
  const correct = gold.filter((g, i) => g === pred[i]).length;
  return { macroF1: labels.length ? sum / labels.length : 0, accuracy: gold.length ? correct / gold.length : 0, labels: per };
}
