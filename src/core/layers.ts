import type { Span } from './span.ts';
import type { DatePrecision, EntityType, Modality, PloverType, TimexType } from './ontology.ts';

/**
 * Annotation layers: offset spans over one immutable article text (spaCy's `doc.spans[key]`).
 * A component declares which layers it requires and which it assigns; see `component.ts`.
 * Cross-references inside one article use array indices or local entity keys, never copies.
 */

export interface Sentence extends Span {}

export interface Token extends Span {
  /** Coarse shape class used by several components: `word`, `number`, `punct`, `space`. */
  readonly kind: 'word' | 'number' | 'punct';
}

/** How an entity is referred to at a mention. */
export type MentionForm =
  | 'name' // "Kim Jong Un"
  | 'short' // "Kim", "Putin", "Mr Jong-un"
  | 'acronym' // "KCNA"
  | 'nominal' // "the North Korean leader"
  | 'pronoun' // "he"
  | 'demonym' // "Russian", "North Korean"
  | 'metonym'; // "Moscow" for the Russian government

export interface EntityMention extends Span {
  readonly type: EntityType;
  readonly form: MentionForm;
  /** Key of the local entity (within this article) this mention refers to; see `LocalEntity`. */
  readonly entity: string;
  /** Recognition confidence 0..1. */
  readonly confidence: number;
}

/** A title or role held by a person, as stated in one article ("Russian President"). */
export interface RoleMention extends Span {
  readonly role: string;
}

/** An entity as resolved within one article (in-document coreference). */
export interface LocalEntity {
  /** Unique within the article, e.g. `e3`. */
  readonly key: string;
  /** Best name found in the article ("Kim Jong Un"). */
  readonly name: string;
  readonly type: EntityType;
  /** The distinct surface forms used in this article. */
  readonly aliases: readonly string[];
  readonly roles: readonly RoleMention[];
  /**
   * For demonyms and metonyms: what it stands for, by local key or by a normalised name
   * (e.g. "Russian" → the local entity for Russia, or `name:Russia` when the country is not mentioned).
   */
  readonly standsFor?: string;
}

export interface TimeExpression extends Span {
  readonly type: TimexType;
  /**
   * TIMEX3 value (`2024-06-18`, `2023-09`, `P2Y`, `PRESENT_REF`, `XXXX-09`…). `null` when it cannot be
   * normalised. Values that depend on an unknown article date keep `X` placeholders.
   */
  readonly value: string | null;
  /** What the value was computed from. */
  readonly anchor: 'absolute' | 'publication' | 'context' | 'unanchored';
  /** For anchored values: the relation in words, e.g. `the Tuesday before publication`. */
  readonly relative?: string;
  readonly precision?: DatePrecision;
  /**
   * TIMEX3 `mod` when the expression qualifies its value: `START` ("early 2024"), `MID`, `END`
   * ("the late 1940s"), `APPROX` ("about two years"), `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`,
   * `EQUAL_OR_LESS`.
   */
  readonly mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';
}

export interface Quantity extends Span {
  /** The number, or the lower bound of a range. */
  readonly value: number;
  /** The upper bound for ranges ("20,000 to 50,000"). */
  readonly high?: number;
  /** What is counted ("containers", "missiles", "workers"), or null. */
  readonly unit: string | null;
  readonly approximate: boolean;
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote extends Span {
  /** The span is the quoted or reported content. */
  readonly kind: QuoteKind;
  /** The speech verb or attribution cue ("said", "according to"), when found. */
  readonly cue: Span | null;
  /** The span naming the speaker or source, when found. */
  readonly source: Span | null;
  /** The local entity key of the (primary) speaker, when resolved; always one of `speakers`. */
  readonly speaker: string | null;
  /**
   * Every resolved speaker's local entity key, in text order: several for a coordinated source
   * ("Putin and Kim vowed") or a plural anaphor ("the pair", "the two leaders", "they"); empty when
   * `speaker` is null.
   */
  readonly speakers: readonly string[];
}

/** When an event happened, as far as the text says. */
export interface EventTime {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (or a TIMEX3 range/decade value), or null. */
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  /**
   * `explicit`: an absolute date in the text; `relative`: resolved against the article date;
   * `publication`: the article date itself (the event is reported as current news);
   * `unknown`: not dated.
   */
  readonly basis: 'explicit' | 'relative' | 'publication' | 'unknown';
  /** The time expression that governs the predicate, if any. */
  readonly timex: Span | null;
  /** When the date depends on an unknown article date: "the Tuesday before publication". */
  readonly relative?: string;
}

export interface EventMention extends Span {
  /** The span is the evidence (usually the clause or sentence). */
  readonly type: PloverType;
  /** Refines the type: `visit`, `meet`, `sign-agreement`, `ship-weapons`, `launch-missile`… */
  readonly mode: string | null;
  /** The predicate (trigger) span. */
  readonly trigger: Span;
  /** Local entity keys. */
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly time: EventTime;
  readonly modality: Modality;
  /** Local entity key of the source the event is attributed to (modality `reported`/`denied`). */
  readonly attribution: string | null;
  /**
   * Every local entity the source names when it names several ("Washington and Seoul accused …",
   * "officials in Seoul and Washington have said"), in text order; `attribution` is one of them.
   * Absent when the source names at most one.
   */
  readonly attributions?: readonly string[];
  /** Indices into the `quantities` layer. */
  readonly quantities: readonly number[];
  /** −10 (conflict) … +10 (cooperation). */
  readonly intensity: number;
  /** A short extractive summary: "Putin visits North Korea". */
  readonly summary: string;
}

/** An attributed claim that is not itself an event ("Russia and North Korea deny an arms deal"). */
export interface Claim extends Span {
  readonly cue: Span | null;
  readonly source: Span | null;
  /** The (primary) speaker's local entity key; always one of `speakers`. */
  readonly speaker: string | null;
  /** Every speaker's local entity key, in text order ("Russia and North Korea deny …" → both); empty when `speaker` is null. */
  readonly speakers: readonly string[];
  readonly stance: 'asserts' | 'denies' | 'accuses' | 'reports';
  /** The claimed content span. */
  readonly content: Span;
}

/** All layers a document can carry. A component's `requires`/`assigns` name these keys. */
export interface Layers {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly entities: readonly LocalEntity[];
  readonly timexes: readonly TimeExpression[];
  readonly quantities: readonly Quantity[];
  readonly quotes: readonly Quote[];
  readonly events: readonly EventMention[];
  readonly claims: readonly Claim[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'timexes',
  'quantities',
  'quotes',
  'events',
  'claims',
];
