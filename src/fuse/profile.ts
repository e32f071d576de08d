import type { ResolvedEventMention } from '../core/corpus.ts';
import type { Modality, PloverType } from '../core/ontology.ts';
import { interval, intersect, overlapsWithin, publicationWindow, relate, type DayInterval } from './dates.ts';
import { MIN_PARTICIPANT_JACCARD, UNMERGEABLE_MODALITIES } from './fuse.data.ts';

/**
 * What fusion compares: the type, mode, participants, place and date constraints of a mention or
 * of a group of mentions already fused into one event.
 */
export interface Profile {
  readonly type: PloverType;
  readonly mode: string | null;
  /** Participants, place-like ones as `geo:<country>`. */
  readonly participants: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly targets: ReadonlySet<string>;
  /** The place, as `geo:<country>` when its country is known. */
  readonly place: string | null;
  /** Country of person/organisation participants with a stated national role. */
  readonly affiliation: ReadonlyMap<string, string>;
  /** Describes a unique earlier occurrence ("his last visit"): dates may conflict, which is a contradiction. */
  readonly previous: boolean;
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

/** A participant or place id, as its country when it is a place with a known country. */
export function normalise(m: ResolvedEventMention, id: string): string {
  const code = m.geo?.[id];
  return code ? `geo:${code}` : id;
}

export function mentionProfile(m: ResolvedEventMention): Profile {
  const actors = new Set(m.actors.map((a) => normalise(m, a)));
  const targets = new Set(m.targets.map((t) => normalise(m, t)));
  return {
    type: m.type,
    mode: m.mode,
    participants: new Set([...actors, ...targets]),
    actors,
    targets,
    place: m.place === null ? null : normalise(m, m.place),
    previous: m.occurrence === 'previous',
    affiliation: new Map(Object.entries(m.affiliation ?? {})),
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
  actors: new Set(),
  targets: new Set(),
  place: null,
  previous: false,
  affiliation: new Map(),
  stated: null,
  reported: null,
  mergeable: false,
};

/** The profile of mentions fused into one event: participants united, stated dates narrowed. */
export function groupProfile(mentions: readonly ResolvedEventMention[]): Profile {
  const first = mentions[0];
  if (!first) return EMPTY;
  const people = new Set<string>();
  const actors = new Set<string>();
  const targets = new Set<string>();
  const affiliation = new Map<string, string>();
  let stated: DayInterval | null = null;
  let reported: DayInterval | null = null;
  let mode: string | null = null;
  let place: string | null = null;
  let mergeable = true;
  let previous = false;
  for (const m of mentions) {
    const p = mentionProfile(m);
    for (const x of p.participants) people.add(x);
    for (const x of p.actors) actors.add(x);
    for (const x of p.targets) targets.add(x);
    for (const [k, v] of p.affiliation) affiliation.set(k, v);
    mode ??= m.mode;
    place ??= p.place;
    if (!p.mergeable) mergeable = false;
    if (p.previous) previous = true;
    const s = p.stated;
    if (s) stated = stated ? (intersect(stated, s) ?? stated) : s;
    const r = p.reported;
    if (r && (!reported || r.lo < reported.lo)) reported = r;
  }
  return { type: first.type, mode, participants: people, actors, targets, place, stated, reported, mergeable, previous, affiliation };
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

function setsAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const j = jaccard(a, b);
  return j > 0 && (nested(a, b) || j >= MIN_PARTICIPANT_JACCARD);
}

const isGeo = (x: string) => x.startsWith('geo:');

/**
 * Two sets of places name different countries: a visit to Vietnam is not a visit to North Korea.
 */
export function geoConflict(a: Profile, b: Profile): boolean {
  const ga = [...a.participants, ...(a.place ? [a.place] : [])].filter(isGeo);
  const gb = [...b.participants, ...(b.place ? [b.place] : [])].filter(isGeo);
  return ga.length > 0 && gb.length > 0 && !ga.some((g) => gb.includes(g));
}

/**
 * Participant agreement: the participant sets (places compared as countries) are nested or overlap
 * enough; or, for the same mode, the actors agree and the targets are a country on one side and
 * people of that country on the other ("Putin visits North Korea" / "Putin visits Kim, the North
 * Korean leader"). Events with no participants need the same place.
 */
export function participantsAgree(a: Profile, b: Profile): boolean {
  if (a.participants.size === 0 || b.participants.size === 0) {
    return a.participants.size === 0 && b.participants.size === 0 && a.place !== null && a.place === b.place;
  }
  if (geoConflict(a, b)) return false;
  if (setsAgree(a.participants, b.participants)) return true;
  if (a.mode === null || a.mode !== b.mode || !setsAgree(a.actors, b.actors)) return false;
  // A place known as a country counts as a target here: "Putin and Kim meet in North Korea".
  const withPlace = (p: Profile) => [...p.targets, ...(p.place && isGeo(p.place) ? [p.place] : [])];
  const ta = [...new Set(withPlace(a))].filter((t) => !a.actors.has(t) && !b.actors.has(t));
  const tb = [...new Set(withPlace(b))].filter((t) => !a.actors.has(t) && !b.actors.has(t));
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.some((t) => tb.includes(t))) return true;
  // Disjoint targets agree only when one side names countries and the other people of those
  // countries ("visits North Korea" / "visits Kim Jong Un, the North Korean leader").
  return belongsTo(ta, a.affiliation, tb) || belongsTo(tb, b.affiliation, ta);
}

function belongsTo(people: readonly string[], affiliation: ReadonlyMap<string, string>, places: readonly string[]): boolean {
  if (!places.every(isGeo)) return false;
  return people.every((p) => !isGeo(p) && places.includes(`geo:${affiliation.get(p)}`));
}

/** Date agreement: stated dates refine one another, or a report window contains the stated date. */
export function datesAgree(a: Profile, b: Profile): boolean {
  if (a.stated && b.stated) return relate(a.stated, b.stated) !== 'conflict';
  const stated = a.stated ?? b.stated;
  if (stated) {
    const window = a.stated ? b.reported : a.reported;
    // A mention with no date at all (none stated, publication unknown) could be any occurrence:
    // it never joins a dated event ("Putin and Kim met" is not the 2019 summit by default).
    return window !== null && overlapsWithin(stated, window);
  }
  if (a.reported && b.reported) return overlapsWithin(a.reported, b.reported);
  return true;
}

/** May two profiles be the same real event? */
export function compatible(a: Profile, b: Profile): boolean {
  if (!a.mergeable || !b.mergeable) return false;
  if (a.type !== b.type) return false;
  if (a.mode !== null && b.mode !== null && a.mode !== b.mode) return false;
  if (!participantsAgree(a, b)) return false;
  // Two descriptions of the one earlier occurrence ("his last visit") are the same event whatever
  // dates they give; a date disagreement between them is a contradiction, not two events.
  if (a.previous && b.previous) return true;
  // "His last visit" is not this visit: it joins an ordinary report only on an agreeing stated date.
  if (a.previous !== b.previous) return a.stated !== null && b.stated !== null && relate(a.stated, b.stated) !== 'conflict';
  return datesAgree(a, b);
}

/** How well two compatible profiles fit, for choosing among several candidates. */
export function fit(a: Profile, b: Profile): number {
  let score = jaccard(a.participants, b.participants);
  if (a.mode !== null && a.mode === b.mode) score += 0.5;
  if (a.place !== null && a.place === b.place) score += 0.25;
  if (a.stated && b.stated && relate(a.stated, b.stated) === 'same') score += 0.25;
  return score;
}
