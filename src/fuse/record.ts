import type { EventDateBasis, EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import { stableId } from '../core/ids.ts';
import type { DatePrecision, Modality } from '../core/ontology.ts';
import { interval, precisionOf, relate, width } from './dates.ts';
import { fuseCandidateKeys } from './keys.ts';
import { statedInterval } from './profile.ts';
import { corroboration, sourceGroups } from './sources.ts';

/** Builds the full event record for a group of mentions that fusion decided are one event. */

export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function eventId(mentions: readonly ResolvedEventMention[]): string {
  let first = mentions[0].id;
  for (const m of mentions) if (m.id < first) first = m.id;
  return stableId('evt', first);
}

/** Stated dates grouped into classes that agree (same, refining or within a day); each class sorted by id. */
export function dateClasses(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[][] {
  const classes: ResolvedEventMention[][] = [];
  for (const m of [...mentions].sort(byId)) {
    const s = statedInterval(m);
    if (!s) continue;
    const home = classes.find((c) => c.every((o) => relate(statedInterval(o)!, s) !== 'conflict'));
    if (home) home.push(m);
    else classes.push([m]);
  }
  return classes;
}

/** The class with the most independent sources, then the most mentions, then the most precise. */
export function winningClass(classes: readonly ResolvedEventMention[][]): ResolvedEventMention[] | null {
  let best: ResolvedEventMention[] | null = null;
  let bestScore: [number, number] = [-1, -1];
  for (const c of classes) {
    const score: [number, number] = [sourceGroups(c).length, c.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The most precise stated value in a class (the narrowest interval; ties → the earliest id). */
export function mostPrecise(c: readonly ResolvedEventMention[]): ResolvedEventMention {
  let best = c[0];
  for (const m of c) if (width(statedInterval(m)!) < width(statedInterval(best)!)) best = m;
  return best;
}

interface FusedDate {
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly dateBasis: EventDateBasis;
}

export function fuseDate(mentions: readonly ResolvedEventMention[]): FusedDate {
  const win = winningClass(dateClasses(mentions));
  if (win) {
    const m = mostPrecise(win);
    const value = m.time.value!;
    const distinct = new Set(win.map((x) => x.time.value));
    return {
      date: value,
      precision: m.time.precision ?? precisionOf(value),
      dateBasis: distinct.size > 1 ? 'merged' : m.time.basis,
    };
  }
  // Reported as current news: the earliest report dates it.
  let earliest: string | null = null;
  for (const m of mentions) {
    if (m.time.basis !== 'publication') continue;
    const v = m.time.value ?? m.published;
    if (v && interval(v) && (earliest === null || v < earliest)) earliest = v;
  }
  if (earliest) return { date: earliest, precision: precisionOf(earliest), dateBasis: 'publication' };
  return { date: null, precision: null, dateBasis: 'unknown' };
}

const MODALITY_RANK: readonly Modality[] = ['asserted', 'reported', 'planned', 'denied', 'hypothetical', 'negated'];

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

export function buildRecord(mentionsIn: readonly ResolvedEventMention[]): EventRecord {
  const mentions = [...mentionsIn].sort(byId);
  const actors = [...new Set(mentions.flatMap((m) => m.actors))].sort();
  const actorSet = new Set(actors);
  const targets = [...new Set(mentions.flatMap((m) => m.targets))].filter((t) => !actorSet.has(t)).sort();
  const modality = MODALITY_RANK.find((r) => mentions.some((m) => m.modality === r)) ?? mentions[0].modality;
  const intensity = Math.round((mentions.reduce((s, m) => s + m.intensity, 0) / mentions.length) * 10) / 10;
  return {
    id: eventId(mentions),
    type: mentions[0].type,
    mode: mostCommon(mentions.map((m) => m.mode)),
    ...fuseDate(mentions),
    summary: mostCommon(mentions.map((m) => m.summary)) ?? mentions[0].summary,
    actors,
    targets,
    place: mostCommon(mentions.map((m) => m.place)),
    modality,
    intensity,
    mentions,
    articles: [...new Set(mentions.map((m) => m.article))].sort(),
    corroboration: corroboration(mentions),
    keys: fuseCandidateKeys(mentions),
  };
}
