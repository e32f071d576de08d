import type { EventTime, QuoteKind } from './layers.ts';
import type { DatePrecision, EntityType, Modality, PloverType } from './ontology.ts';
import type { Evidence, SourceSpan, Span } from './span.ts';

/**
 * Corpus-level records: what `resolve`, `fuse` and `timeline` produce, and what the store keeps.
 * Every record points back to article spans.
 */

/** A role held by a person, as one article states it, dated by that article. */
export interface EntityRole extends SourceSpan {
  readonly role: string;
  /** The article's publication date, when known. */
  readonly date: string | null;
}

/** A link that is not a merge: metonymy (Moscow → Russia's government), demonym (Russian → Russia). */
export interface EntityLink {
  readonly kind: 'stands-for' | 'demonym-of' | 'part-of';
  readonly target: string;
  readonly evidence: readonly SourceSpan[];
}

export interface EntityRecord {
  readonly id: string;
  /** One canonical name. */
  readonly name: string;
  readonly type: EntityType;
  /** Every other surface form seen, canonical name excluded. */
  readonly aliases: readonly string[];
  /** Normalised match keys used to find candidates incrementally (blocking). */
  readonly keys: readonly string[];
  readonly roles: readonly EntityRole[];
  readonly links: readonly EntityLink[];
  readonly articles: readonly string[];
  /** Number of mentions across the corpus. */
  readonly mentions: number;
}

/** A mention of an entity in an article, after resolution. */
export interface EntityMentionRecord extends SourceSpan {
  readonly entity: string;
  readonly form: string;
}

/** A quantity attached to an event. */
export interface EventQuantity extends SourceSpan {
  readonly value: number;
  readonly high?: number;
  readonly unit: string | null;
  readonly approximate: boolean;
}

/** One article's mention of an event, with local entity keys replaced by corpus entity ids. */
export interface ResolvedEventMention {
  readonly id: string;
  readonly article: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly time: EventTime;
  readonly modality: Modality;
  readonly attribution: string | null;
  /** Every entity a source naming several attributes the event to ("Washington and Seoul"); absent when one or none. */
  readonly attributions?: readonly string[];
  readonly quantities: readonly EventQuantity[];
  readonly intensity: number;
  readonly summary: string;
  readonly trigger: Span;
  readonly evidence: Evidence;
  /** The article's publication date (null when unknown) and outlet, for corroboration. */
  readonly published: string | null;
  readonly outlet: string | null;
  /**
   * Optional (added by fuse): the country (ISO 3166-1 alpha-3) of each place-like participant and
   * of the place, keyed by corpus entity id, so "Pyongyang" and "North Korea" compare as one place.
   */
  readonly geo?: Readonly<Record<string, string>>;
  /**
   * Optional (added by fuse): the country a person or organisation participant belongs to, from a
   * stated role ("North Korean leader" → PRK), keyed by corpus entity id.
   */
  readonly affiliation?: Readonly<Record<string, string>>;
  /** Optional (added by fuse): the mention describes a unique earlier occurrence ("his last visit"). */
  readonly occurrence?: 'previous';
  /**
   * Optional (added by fuse): the id of the derived previous-occurrence mention this mention is the
   * first occurrence after ("his first visit since 2000", "first visit in 24 years").
   */
  readonly follows?: string;
  /**
   * Optional (added by fuse): the article's publication date was inferred, not given, so a date
   * resolved against it ("last year") is dossier's reading, not the source's own claim.
   */
  readonly publishedInferred?: true;
  /**
   * Optional (added by fuse): where inside its country the place lies, when known: the words that
   * say so ("Moscow", "far eastern Russia") and the region (`RUS:far-eastern`, src/fuse/area.data.ts).
   */
  readonly area?: { readonly name: string; readonly region: string };
}

export type EventDateBasis = EventTime['basis'] | 'merged';

/** One real-world event, fused from mentions in one or more articles. */
export interface EventRecord {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  /** ISO 8601 at its precision, or null. */
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly dateBasis: EventDateBasis;
  readonly summary: string;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly modality: Modality;
  readonly intensity: number;
  readonly mentions: readonly ResolvedEventMention[];
  readonly articles: readonly string[];
  /** Independent sources: syndicated copies count once. */
  readonly corroboration: number;
  /** Blocking keys used to find merge candidates incrementally. */
  readonly keys: readonly string[];
}

export interface ContradictionClaim {
  readonly value: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Contradiction {
  readonly id: string;
  /** The attribute in conflict, e.g. `date`, `count:containers`, `place`, `participant`. */
  readonly about: string;
  readonly event: string | null;
  readonly claims: readonly ContradictionClaim[];
  /** How the rule decided, in words. */
  readonly rule: string;
}

export interface QuoteRecord extends SourceSpan {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly text: string;
  /** Corpus entity id of the (primary) speaker, or null; always one of `speakers`. */
  readonly speaker: string | null;
  /** Corpus entity ids of every speaker, in text order ("Putin and Kim vowed" → both); empty when unresolved. */
  readonly speakers: readonly string[];
  readonly cue: Span | null;
  readonly source: Span | null;
}

export interface StoryRecord {
  readonly id: string;
  readonly label: string;
  readonly articles: readonly string[];
  readonly keys: readonly string[];
}

export interface TimelineEntry {
  /** ISO 8601 at its precision. */
  readonly date: string;
  readonly events: readonly string[];
  /** An extractive summary sentence chosen from the sources. */
  readonly summary: string | null;
  /** Where the summary sentence comes from (optional; added by the timeline stage). */
  readonly summarySource?: SourceSpan;
}
