import type { ResolvedEventMention } from '../core/corpus.ts';
import type { Modality, PloverType } from '../core/ontology.ts';
import { interval, intersect, overlapsWithin, publicationWindow, relate, type DayInterval } from './dates.ts';
import { MIN_PARTICIPANT_JACCARD, UNMERGEABLE_MODALITIES } from './fuse.data.ts';
import { participants } from './keys.ts';

/**
 * What fusion compares: the type, mode, participants, place and date constraints of a mention or
 * of a group of mentions already fused into one event.
 */
export interface Profile {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly participants: ReadonlySet<string>;
  readonly place: string | null;
  /** The stated date (explicit or relative), narrowed across the group; null when none is stated. */
  readonly stated: DayInterval | null;
  /** When only reported as current news: the earliest publication window. */
  readonly reported: DayInterval | null;
  readonly mergeable: boolean;
}

export function isMergeable(modality: Modality): boolean {
  return !(UNMERGEABLE_MODALITIES as readonly string[]).includes(modality);
}

/** The date a mention states (explicit or relative to the article's date), as an interval. */
export function statedInterval(m: ResolvedEventMention): DayInterval | null {
  if (m.time.basis !== 'explicit' && m.time.basis !== 'relative') return null;
  return interval(m.time.value);
}

/** The window in which a mention reported as current news happened (also used for undated mentions). */
export function reportedInterval(m: ResolvedEventMention): DayInterval | null {
  if (m.time.basis === 'publication' && m.time.value) return publicationWindow(m.time.value);
  return m.published ? publicationWindow(m.published) : null;
}

export function mentionProfile(m: ResolvedEventMention): Profile {
  return {
    type: m.type,
    mode: m.mode,
    participants: new Set(participants(m)),
    place: m.place,
    stated: statedInterval(m),
    reported: reportedInterval(m),
    mergeable: isMergeable(m.modality),
  };
}

/** An emptied group (all its mentions withdrawn) matches nothing. */
const EMPTY: Profile = {
  type: 'CONSULT',
  mode: null,
  participants: new Set(),
  place: null,
  stated: null,
  reported: null,
  mergeable: false,
};

/** The profile of mentions fused into one event: participants united, stated dates narrowed. */
export function groupProfile(mentions: readonly ResolvedEventMention[]): Profile {
  const first = mentions[0];
  if (!first) return EMPTY;
  const people = new Set<string>();
  let stated: DayInterval | null = null;
  let reported: DayInterval | null = null;
  let mode: string | null = null;
  let place: string | null = null;
  let mergeable = true;
  for (const m of mentions) {
    for (const p of participants(m)) people.add(p);
    mode ??= m.mode;
    place ??= m.place;
    if (!isMergeable(m.modality)) mergeable = false;
    const s = statedInterval(m);
    if (s) stated = stated ? (intersect(stated, s) ?? stated) : s;
    const r = reportedInterval(m);
    if (r && (!reported || r.lo < reported.lo)) reported = r;
  }
  return { type: first.type, mode, participants: people, place, stated, reported, mergeable };
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function nested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (!big.has(x)) return false;
  return true;
}

/** Participant agreement: both empty with the same place, or overlapping and nested or similar enough. */
export function participantsAgree(a: Profile, b: Profile): boolean {
  if (a.participants.size === 0 || b.participants.size === 0) {
    return a.participants.size === 0 && b.participants.size === 0 && a.place !== null && a.place === b.place;
  }
  const j = jaccard(a.participants, b.participants);
  return j > 0 && (nested(a.participants, b.participants) || j >= MIN_PARTICIPANT_JACCARD);
}

/** Date agreement: stated dates refine one another, or a report window contains the stated date. */
export function datesAgree(a: Profile, b: Profile): boolean {
  if (a.stated && b.stated) return relate(a.stated, b.stated) !== 'conflict';
  const stated = a.stated ?? b.stated;
  if (stated) {
    const window = a.stated ? b.reported : a.reported;
    // An undated, unpublished mention carries no date constraint.
    return window === null || overlapsWithin(stated, window);
  }
  if (a.reported && b.reported) return overlapsWithin(a.reported, b.reported);
  return true;
}

/** May two profiles be the same real event? */
export function compatible(a: Profile, b: Profile): boolean {
  if (!a.mergeable || !b.mergeable) return false;
  if (a.type !== b.type) return false;
  if (a.mode !== null && b.mode !== null && a.mode !== b.mode) return false;
  return participantsAgree(a, b) && datesAgree(a, b);
}

/** How well two compatible profiles fit, for choosing among several candidates. */
export function fit(a: Profile, b: Profile): number {
  let score = jaccard(a.participants, b.participants);
  if (a.mode !== null && a.mode === b.mode) score += 0.5;
  if (a.place !== null && a.place === b.place) score += 0.25;
  if (a.stated && b.stated && relate(a.stated, b.stated) === 'same') score += 0.25;
  return score;
}
