import type { ResolvedEventMention } from '../core/corpus.ts';
import type { Modality, PloverType } from '../core/ontology.ts';
import { interval, intersect, overlapsWithin, publicationWindow, relate, width, type DayInterval } from './dates.ts';
import { DIRECTED_MODES, MIN_PARTICIPANT_JACCARD, MIN_SHARED_WITHOUT_DATE, PUBLICATION_DAY_RELATIVES, SAME_ARTICLE_FIT, STRONG_DATE_DAYS, SUMMIT_MODES, UNMERGEABLE_MODALITIES } from './fuse.data.ts';

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
  /** Every mode of the mentions (a fused summit holds both its visit and its meeting). */
  readonly modes: ReadonlySet<string>;
  /** The actors of its `visit` mentions: who travelled. */
  readonly visitors: ReadonlySet<string>;
  /** Describes a unique earlier occurrence ("his last visit"): dates may conflict, which is a contradiction. */
  readonly previous: boolean;
  /** The stated date (explicit or relative), narrowed across the group; null when none is stated. */
  readonly stated: DayInterval | null;
  /** When only reported as current news: the earliest publication window. */
  readonly reported: DayInterval | null;
  readonly mergeable: boolean;
  /** The articles the mentions come from, each with the countries its mentions here name (places as `geo:`). */
  readonly articles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ids of the earlier-occurrence mentions this is the first occurrence after ("first visit since 2000"). */
  readonly follows: ReadonlySet<string>;
  /** Dates relative to an unknown publication date ("the year before publication"), as the time stage words them. */
  readonly relatives: ReadonlySet<string>;
  /** One of those wordings is a month or coarser ("the September on or before publication"). */
  readonly coarseRelative: boolean;
}

/**
 * Whether two profiles are anchored to one earlier occurrence: each is "the first … since" an
 * earlier occurrence, and those earlier occurrences are one event. Fusion knows which mentions
 * it has grouped; profiles alone do not.
 */
export type Anchored = (a: Profile, b: Profile) => boolean;
const NOT_ANCHORED: Anchored = () => false;

const isGeo = (x: string) => x.startsWith('geo:');

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
    modes: new Set(m.mode === null ? [] : [m.mode]),
    visitors: m.mode === SUMMIT_MODES.visit ? actors : new Set(),
    place: m.place === null ? null : normalise(m, m.place),
    previous: m.occurrence === 'previous',
    affiliation: new Map(Object.entries(m.affiliation ?? {})),
    stated: statedInterval(m),
    reported: reportedInterval(m),
    mergeable: isMergeable(m.modality),
    articles: new Map([[m.article, new Set([...actors, ...targets, ...(m.place === null ? [] : [normalise(m, m.place)])].filter(isGeo))]]),
    follows: new Set(m.follows === undefined ? [] : [m.follows]),
    relatives: new Set(unresolvedRelative(m)),
    coarseRelative: isCoarseRelative(m),
  };
}

function isCoarseRelative(m: ResolvedEventMention): boolean {
  return unresolvedRelative(m).length > 0 && m.time.precision !== null && !['day', 'time'].includes(m.time.precision);
}

/** The wording of a date relative to an unknown publication date; the publication day itself is one wording. */
function unresolvedRelative(m: ResolvedEventMention): string[] {
  if (m.time.value !== null || !m.time.relative) return [];
  return [(PUBLICATION_DAY_RELATIVES as readonly string[]).includes(m.time.relative) ? 'publication' : m.time.relative];
}

/** An emptied group (all its mentions withdrawn) matches nothing. */
const EMPTY: Profile = {
  type: 'CONSULT',
  mode: null,
  participants: new Set(),
  actors: new Set(),
  targets: new Set(),
  modes: new Set(),
  visitors: new Set(),
  place: null,
  previous: false,
  affiliation: new Map(),
  stated: null,
  reported: null,
  mergeable: false,
  articles: new Map(),
  follows: new Set(),
  relatives: new Set(),
  coarseRelative: false,
};

/** The profile of mentions fused into one event: participants united, stated dates narrowed. */
export function groupProfile(mentions: readonly ResolvedEventMention[]): Profile {
  const first = mentions[0];
  if (!first) return EMPTY;
  const people = new Set<string>();
  const actors = new Set<string>();
  const targets = new Set<string>();
  const modes = new Set<string>();
  const visitors = new Set<string>();
  const affiliation = new Map<string, string>();
  let stated: DayInterval | null = null;
  let reported: DayInterval | null = null;
  let mode: string | null = null;
  let place: string | null = null;
  let mergeable = true;
  let previous = false;
  const articles = new Map<string, Set<string>>();
  const follows = new Set<string>();
  const relatives = new Set<string>();
  let coarseRelative = false;
  for (const m of mentions) {
    const p = mentionProfile(m);
    if (p.coarseRelative) coarseRelative = true;
    for (const r of p.relatives) relatives.add(r);
    for (const x of p.follows) follows.add(x);
    const countries = articles.get(m.article) ?? new Set<string>();
    for (const x of p.articles.get(m.article)!) countries.add(x);
    articles.set(m.article, countries);
    for (const x of p.participants) people.add(x);
    for (const x of p.actors) actors.add(x);
    for (const x of p.targets) targets.add(x);
    for (const x of p.modes) modes.add(x);
    for (const x of p.visitors) visitors.add(x);
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
  return { type: first.type, mode, participants: people, actors, targets, modes, visitors, place, stated, reported, mergeable, previous, affiliation, articles, follows, relatives, coarseRelative };
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
  if (representedBy(a, b) || representedBy(b, a)) return true;
  if (!sameMode(a, b) || !setsAgree(a.actors, b.actors)) return false;
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

/**
 * One side names only countries, the other only people of exactly those countries by a stated
 * role: "Russia and North Korea signed a pact" / "Putin and Kim, the North Korean leader, signed".
 * Two sides that both name people are compared as people (Shoigu and Kim is not Putin and Kim).
 */
function representedBy(countries: Profile, people: Profile): boolean {
  const geo = [...countries.participants];
  if (geo.length < 2 || !geo.every(isGeo)) return false;
  const mapped = new Set<string>();
  for (const p of people.participants) {
    if (isGeo(p)) mapped.add(p);
    else if (people.affiliation.has(p)) mapped.add(`geo:${people.affiliation.get(p)}`);
    else return false;
  }
  return mapped.size === geo.length && geo.every((g) => mapped.has(g));
}

function belongsTo(people: readonly string[], affiliation: ReadonlyMap<string, string>, places: readonly string[]): boolean {
  if (!places.every(isGeo)) return false;
  return people.every((p) => !isGeo(p) && places.includes(`geo:${affiliation.get(p)}`));
}

/** Both hold mentions of one article that name no different countries (the article's own story). */
function shareArticle(a: Profile, b: Profile): boolean {
  for (const [x, ga] of a.articles) {
    const gb = b.articles.get(x);
    if (gb && (ga.size === 0 || gb.size === 0 || [...ga].some((g) => gb.has(g)))) return true;
  }
  return false;
}

/** Modes agree when both are given and equal. */
export function sameMode(a: Pick<Profile, 'mode'>, b: Pick<Profile, 'mode'>): boolean {
  return a.mode !== null && a.mode === b.mode;
}

/**
 * Participants and place, people of a stated country counted as that country (so a person and
 * their own country are one anchor, and "Putin and Kim" shares two with "Russia and North Korea").
 */
function anchors(p: Profile): Set<string> {
  const all = [...p.participants, ...(p.place ? [p.place] : [])];
  return new Set(all.map((x) => (p.affiliation.has(x) ? `geo:${p.affiliation.get(x)}` : x)));
}

function sharedCount(a: Profile, b: Profile): number {
  const sa = anchors(a);
  let n = 0;
  for (const x of anchors(b)) if (sa.has(x)) n++;
  return n;
}

/**
 * Agreement on weak date evidence: neither side states a date, or what they share is coarse (a
 * year). Two "first occurrences since" one earlier occurrence are one event. In one article
 * mentions may be one event unless they word different dates relative to it ("in September" vs
 * "the publication day"). Across articles, only when their dates overlap and they share at
 * least two participants or places: "Putin praised …" and "Putin thanked …" in two reports of
 * one week are not one act, and "Putin meets Kim" from an undated article could be any of their
 * meetings.
 */
function weakAgree(a: Profile, b: Profile, anchored: Anchored, overlap: boolean): boolean {
  if (anchored(a, b)) return true;
  if (shareArticle(a, b)) {
    // An unmarked mention is current news; "in September" (a month or coarser before an unknown
    // publication day) is then another occurrence, while "on Wednesday" may well be this one.
    if (a.relatives.size === 0 && b.relatives.size === 0) return true;
    if (a.relatives.size === 0 || b.relatives.size === 0) return !(a.relatives.size === 0 ? b : a).coarseRelative;
    return [...a.relatives].every((r) => b.relatives.has(r)) || [...b.relatives].every((r) => a.relatives.has(r));
  }
  return overlap && sharedCount(a, b) >= MIN_SHARED_WITHOUT_DATE;
}

/**
 * Date agreement: stated dates refine one another, or a report window contains the stated date;
 * when that common ground is wider than `STRONG_DATE_DAYS` (a year against a year), or only the
 * report windows overlap, the participant evidence of `weakAgree` is needed as well. A mention
 * with no date at all (none stated, publication unknown) never joins a stated date ("Putin and
 * Kim met" is not the 2019 summit by default).
 */
export function datesAgree(a: Profile, b: Profile, anchored: Anchored = NOT_ANCHORED): boolean {
  let common: DayInterval | null = null;
  if (a.stated && b.stated) {
    if (relate(a.stated, b.stated) === 'conflict') return false;
    common = intersect(a.stated, b.stated) ?? (width(a.stated) <= width(b.stated) ? a.stated : b.stated);
  } else if (a.stated || b.stated) {
    const stated = (a.stated ?? b.stated)!;
    const window = a.stated ? b.reported : a.reported;
    if (window === null || !overlapsWithin(stated, window)) return false;
    common = intersect(stated, window) ?? stated;
  }
  if (common && width(common) <= STRONG_DATE_DAYS) return true;
  const overlap = common !== null || (a.reported !== null && b.reported !== null && overlapsWithin(a.reported, b.reported));
  return weakAgree(a, b, anchored, overlap);
}

/**
 * Directed modes ("visit"): who acts matters, so disjoint actor sets are different events (Kim's
 * trip to Russia is not Putin's visit to Kim), whatever the participants share.
 */
function rolesConflict(a: Profile, b: Profile): boolean {
  const directed = DIRECTED_MODES as readonly string[];
  if (a.mode === null || b.mode === null || !directed.includes(a.mode) || !directed.includes(b.mode)) return false;
  if (a.actors.size === 0 || b.actors.size === 0) return false;
  for (const x of a.actors) if (b.actors.has(x)) return false;
  return true;
}

/**
 * A visit and a meeting are one summit: a leader's trip to a country (`v`) and that leader's meeting
 * there with the host (`m`) in the same month or finer. Needs: both dates stated and their common
 * each at most `STRONG_DATE_DAYS` wide (a month or finer); the visitors among the meeting's people, with at least one
 * other person there; any person visited at the meeting; every place of the meeting inside the
 * visit's destination countries; and the host present, as the meeting's place in the destination or
 * a participant whose stated role is of the destination country. "Kim visits Russia in September"
 * and "Putin and Kim met in September in Russia" are one summit; a meeting elsewhere, or one whose
 * date is a year or unknown, stays apart.
 */
function summit(v: Profile, m: Profile): boolean {
  if (!v.modes.has(SUMMIT_MODES.visit) || !m.modes.has(SUMMIT_MODES.meet)) return false;
  if (!v.stated || !m.stated || relate(v.stated, m.stated) === 'conflict') return false;
  if (width(v.stated) > STRONG_DATE_DAYS || width(m.stated) > STRONG_DATE_DAYS) return false;
  const people = [...m.participants].filter((x) => !isGeo(x));
  const visitors = [...v.visitors];
  if (visitors.length === 0 || !visitors.every((a) => !isGeo(a) && m.participants.has(a))) return false;
  if (!people.some((p) => !v.visitors.has(p))) return false;
  if (![...v.targets].every((t) => isGeo(t) || m.participants.has(t))) return false;
  const destination = new Set([...v.targets, ...(v.place ? [v.place] : [])].filter(isGeo));
  if (destination.size === 0) return false;
  if ([...m.participants, ...(m.place ? [m.place] : [])].some((g) => isGeo(g) && !destination.has(g))) return false;
  if (m.place !== null && destination.has(m.place)) return true;
  return people.some((p) => !v.visitors.has(p) && m.affiliation.has(p) && destination.has(`geo:${m.affiliation.get(p)}`));
}

/** May two profiles be the same real event? */
export function compatible(a: Profile, b: Profile, anchored: Anchored = NOT_ANCHORED): boolean {
  if (!a.mergeable || !b.mergeable) return false;
  if (a.type !== b.type) return false;
  if (a.mode !== null && b.mode !== null && !sameMode(a, b)) return summit(a, b) || summit(b, a);
  if (!participantsAgree(a, b) || rolesConflict(a, b) || rolesConflict(b, a)) return false;
  // Two descriptions of the one earlier occurrence ("his last visit") are the same event whatever
  // dates they give; a date disagreement between them is a contradiction, not two events.
  if (a.previous && b.previous) return true;
  // "His last visit" is not this visit: it joins an ordinary report only on an agreeing stated date.
  if (a.previous !== b.previous) return a.stated !== null && b.stated !== null && relate(a.stated, b.stated) !== 'conflict';
  return datesAgree(a, b, anchored);
}

/** How well two compatible profiles fit, for choosing among several candidates. */
export function fit(a: Profile, b: Profile): number {
  let score = jaccard(a.participants, b.participants);
  if (a.mode !== null && a.mode === b.mode) score += 0.5;
  if (a.place !== null && a.place === b.place) score += 0.25;
  if (a.stated && b.stated && relate(a.stated, b.stated) !== 'conflict') score += 0.25;
  if (shareArticle(a, b)) score += SAME_ARTICLE_FIT;
  return score;
}
