import type { Diagnostic } from './diagnostics.ts';

/**
 * The documents that flow from `ingest` to `clean`.
 *
 * ingest:  a source (file, URL, feed item, JSONL line) → `RawDocument` (decoded text + metadata hints)
 * clean:   `RawDocument` → `Article` (clean text, title, outlet, dates, language, and what was removed, with reasons)
 */

export type RawFormat = 'html' | 'text' | 'markdown';

/** Where a piece of metadata came from; recorded for every field that has a value. */
export type MetadataSource =
  | 'user' // --published on the command line
  | 'sidecar' // NAME.meta.json
  | 'record' // a field of a .json/.jsonl record or a feed item
  | 'http' // an HTTP response header
  | 'json-ld'
  | 'meta-tag'
  | 'time-tag'
  | 'url'
  | 'dateline'
  | 'text'
  | 'heuristic';

/** Metadata supplied with a document before cleaning. */
export interface MetadataHints {
  readonly title?: string;
  readonly outlet?: string;
  /** A date or date-time string as given; `clean` normalises it. */
  readonly published?: string;
  /** `user` when it came from `--published`, otherwise where it was read. */
  readonly publishedSource?: MetadataSource;
  readonly url?: string;
  readonly authors?: readonly string[];
  readonly language?: string;
}

export interface RawDocument {
  /** The path or URL the document came from (a feed item keeps its own URL). */
  readonly source: string;
  readonly format: RawFormat;
  /** The decoded content: HTML source, Markdown or plain text. */
  readonly body: string;
  /** The encoding it was decoded from, e.g. `utf-8`, `windows-1251`. */
  readonly encoding: string;
  readonly hints: MetadataHints;
  /** SHA-256 of the raw bytes (or of the record), used for idempotent ingest. */
  readonly contentHash: string;
  /** When the bytes were fetched or read (ISO 8601). Never used as a publication date. */
  readonly retrievedAt?: string;
}

export type DateBasis = 'metadata' | 'user' | 'inferred' | 'unknown';

export interface PublishedDate {
  /** ISO 8601 at its precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when unknown. */
  readonly date: string | null;
  readonly basis: DateBasis;
  /** How it was found or inferred, in words: e.g. `meta[property=article:published_time]`. */
  readonly how?: string;
  /** 0..1 for inferred dates. */
  readonly confidence?: number;
  /** Bounds when only a range is known (inferred). */
  readonly notBefore?: string;
  readonly notAfter?: string;
}

/** Why a block of the page was not kept in the clean text. */
export type RemovalReason =
  | 'navigation'
  | 'caption'
  | 'photo-credit'
  | 'related-links'
  | 'share-prompt'
  | 'comment-form'
  | 'newsletter'
  | 'advertisement'
  | 'cookie-banner'
  | 'counter'
  | 'copyright'
  | 'slogan'
  | 'byline'
  | 'title-repeat'
  | 'other-stories'
  | 'paywall'
  | 'faq'
  | 'boilerplate'
  | 'markup';

export interface Removal {
  /** The removed text (whitespace-normalised). */
  readonly text: string;
  readonly reason: RemovalReason;
  /** The rule that fired, e.g. `line:also-read`, `dom:link-density`. */
  readonly rule: string;
}

export interface Article {
  /** Stable id: derived from the content hash, so the same content always has the same id. */
  readonly id: string;
  readonly source: string;
  readonly contentHash: string;
  readonly format: RawFormat;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly published: PublishedDate;
  readonly modified: string | null;
  /** ISO 639-1 code, or `und` when it cannot be told. */
  readonly language: string;
  readonly canonicalUrl: string | null;
  /** The clean text. Every offset in dossier indexes into this string. Paragraphs are separated by `\n\n`. */
  readonly text: string;
  readonly removed: readonly Removal[];
  /** Which source won for each metadata field, e.g. `{title: 'json-ld', published: 'dateline'}`. */
  readonly metadataSources: Readonly<Record<string, MetadataSource>>;
  readonly diagnostics: readonly Diagnostic[];
}

export type CleanResult =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'rejected'; readonly source: string; readonly diagnostics: readonly Diagnostic[] };

/**
 * An article made from plain text with no metadata (date unknown, English, nothing removed), with
 * `fields` overriding any of that: for tests and evaluation harnesses that start from text, not pages.
 */
export function plainArticle(text: string, fields: Partial<Article> = {}): Article {
  return {
    id: 'art_plain',
    source: 'text',
    contentHash: 'text',
    format: 'text',
    title: null,
    outlet: null,
    authors: [],
    published: { date: null, basis: 'unknown' },
    modified: null,
    language: 'en',
    canonicalUrl: null,
    text,
    removed: [],
    metadataSources: {},
    diagnostics: [],
    ...fields,
  };
}
