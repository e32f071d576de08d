import type { DateBasis, RemovalReason } from '../core/article.ts';
import type { EntityLink } from '../core/corpus.ts';
import type { EntityType, Modality, PloverType } from '../core/ontology.ts';
import type { Evidence } from '../core/span.ts';

/**
 * The export contract (docs/export.md, JSON Schema in `export.schema.json`). Every offset indexes
 * into the exported article's clean `text`; every evidence `text` equals `text.slice(start, end)`.
 * The export carries no clock value, so the same store always exports the same bytes.
 */
export const EXPORT_SCHEMA_ID = 'dossier-export/1';

export interface ExportFilter {
  /** An entity id, or a name or alias that `findEntities` resolves. */
  readonly entity?: string;
  /** Inclusive ISO prefixes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string;
  readonly to?: string;
}

export interface ExportPublished {
  readonly date: string | null;
  readonly basis: DateBasis;
  /** How it was found or inferred, in words; always given for an inferred date. */
  readonly how: string | null;
  /** 0..1 for inferred dates, else null. */
  readonly confidence: number | null;
  /** Bounds (YYYY-MM-DD) when only a range is known: an inferred date may have a range and no `date`. */
  readonly notBefore: string | null;
  readonly notAfter: string | null;
}

export interface ExportRemoval {
  readonly text: string;
  readonly reason: RemovalReason;
  readonly rule: string;
}

export interface ExportArticle {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly published: ExportPublished;
  readonly language: string;
  readonly canonicalUrl: string | null;
  readonly text: string;
  readonly removed: readonly ExportRemoval[];
}

export interface ExportRole {
  readonly role: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
}

export interface ExportEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articles: readonly string[];
  readonly mentions: number;
  readonly roles: readonly ExportRole[];
  readonly links: readonly EntityLink[];
}

/** One mention of an entity: `text === article.text.slice(start, end)`. */
export interface ExportMention {
  readonly entity: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type ExportEventDateBasis = 'explicit' | 'relative' | 'publication' | 'unknown' | 'merged';

export interface ExportEvent {
  readonly id: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  /** The stored value when it is not a plain calendar date (a decade `201X`, a range); else null. */
  readonly dateValue: string | null;
  readonly dateBasis: ExportEventDateBasis;
  /**
   * True when the date rests only on inferred publication dates (every dated mention was resolved
   * against an article date dossier inferred, not one the source gave): dossier's reading, not a claim.
   */
  readonly dateInferred: boolean;
  /**
   * True when the event has no time of its own and its date is its report's publication date
   * (`dateBasis: publication`): it happened by then, not necessarily on that day. Never true with
   * `dateInferred` (an inferred date is the weaker claim and is said first).
   */
  readonly dateAsOfPublication: boolean;
  /** How the date was reached when it is not stated outright ("24 years before publication", "publication date inferred (2024)", "as of publication: …"); else null. */
  readonly dateNote: string | null;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly modality: Modality;
  /** Entity ids of who the sources attribute the event to ("according to KCNA", "X denied"), in first-mention order. */
  readonly attribution: readonly string[];
  readonly summary: string;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly articles: readonly string[];
  readonly corroboration: number;
  readonly evidence: readonly Evidence[];
}

export interface ExportQuote {
  readonly id: string;
  /** The (primary) speaker; always one of `speakers`. */
  readonly speaker: string | null;
  /** Every speaker, in text order ("Putin and Kim vowed" → both); empty when unresolved. */
  readonly speakers: readonly string[];
  readonly text: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  /** `partial` quotes are exported as `direct` with `partial: true`. */
  readonly kind: 'direct' | 'reported';
  readonly partial: boolean;
  /** The attribution cue ("said", "according to") in the same article, when found. */
  readonly cue: ExportSpan | null;
  /** Where the speaker is named in the same article, when found. */
  readonly speakerSpan: ExportSpan | null;
}

/** A `[start, end)` range in the article of the record that holds it. */
export interface ExportSpan {
  readonly start: number;
  readonly end: number;
}

export interface ExportClaim {
  readonly value: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface ExportContradiction {
  readonly id: string;
  readonly about: string;
  readonly event: string | null;
  readonly rule: string;
  readonly claims: readonly ExportClaim[];
}

export interface ExportTimelineEntry {
  readonly date: string;
  readonly events: readonly string[];
  readonly summary: string | null;
}

export interface DossierExport {
  readonly schema: typeof EXPORT_SCHEMA_ID;
  readonly filter: { readonly entity: string | null; readonly from: string | null; readonly to: string | null };
  readonly articles: readonly ExportArticle[];
  readonly entities: readonly ExportEntity[];
  readonly mentions: readonly ExportMention[];
  readonly events: readonly ExportEvent[];
  readonly quotes: readonly ExportQuote[];
  readonly contradictions: readonly ExportContradiction[];
  readonly timeline: readonly ExportTimelineEntry[];
}

/** The record kinds of a JSONL export, one per line, each with a `type` field. */
export type ExportRecordType = 'meta' | 'article' | 'entity' | 'mention' | 'event' | 'quote' | 'contradiction' | 'timeline';
