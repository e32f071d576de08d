/**
 * The event ontology: PLOVER's top-level types (documented in docs/ontology.md).
 * Modes (visit, meet, sign-treaty, ship-weapons, …) refine a type; they are data in
 * `src/extract/*.data.ts`. Intensity runs from −10 (most conflictual) to +10 (most cooperative).
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** How the text commits to the event. */
export type Modality =
  | 'asserted' // stated as fact by the article
  | 'reported' // attributed to a source ("according to KCNA", "X said")
  | 'denied' // a participant or source denies it
  | 'planned' // planned or expected ("will visit", "is expected to")
  | 'hypothetical' // conditional ("if one is attacked")
  | 'negated'; // stated as not having happened

export const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'denied', 'planned', 'hypothetical', 'negated'];

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT'];

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The precision of a calendar value. */
export type DatePrecision = 'decade' | 'year' | 'month' | 'day' | 'time' | 'range';
