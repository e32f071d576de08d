import type { ResolvedEventMention } from '../core/corpus.ts';
import type { EventTime } from '../core/layers.ts';
import { stableId } from '../core/ids.ts';

/** Hand-built mentions for tests (fuse and timeline): the Putin–Kim summit of June 2024 and its background. */
export const PUTIN = 'ent_putin';
export const KIM = 'ent_kim';
export const NK = 'ent_north_korea';
export const XI = 'ent_xi';

export function time(value: string | null, basis: EventTime['basis'] = value ? 'explicit' : 'unknown'): EventTime {
  const precision = value === null ? null : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, precision, basis, timex: null };
}

let counter = 0;

export function mention(over: Partial<ResolvedEventMention> & { article: string; text?: string }): ResolvedEventMention {
  const text = over.text ?? over.evidence?.text ?? 'Putin arrived in Pyongyang.';
  const start = over.evidence?.start ?? counter++ * 10;
  const type = over.type ?? 'CONSULT';
  const { text: _t, ...rest } = over;
  return {
    id: stableId('evm', over.article, start, start + text.length, type),
    type,
    mode: 'visit',
    actors: [PUTIN],
    targets: [NK],
    place: null,
    time: time('2024-06-19', 'publication'),
    modality: 'asserted',
    attribution: null,
    quantities: [],
    intensity: 4,
    summary: 'Putin visits North Korea',
    trigger: { start, end: start + 5 },
    evidence: { article: over.article, start, end: start + text.length, text },
    published: '2024-06-19',
    outlet: `outlet-${over.article}`,
    ...rest,
  };
}
