import type { RawFormat } from '../core/article.ts';

/** What a file holds, decided by its extension (lower-cased). */
export type FileKind =
  | { readonly kind: 'document'; readonly format: RawFormat }
  | { readonly kind: 'records'; readonly lines: boolean }
  | { readonly kind: 'feed' };

export const EXTENSIONS: Readonly<Record<string, FileKind>> = {
  '.txt': { kind: 'document', format: 'text' },
  '.text': { kind: 'document', format: 'text' },
  '.html': { kind: 'document', format: 'html' },
  '.htm': { kind: 'document', format: 'html' },
  '.xhtml': { kind: 'document', format: 'html' },
  '.md': { kind: 'document', format: 'markdown' },
  '.markdown': { kind: 'document', format: 'markdown' },
  '.json': { kind: 'records', lines: false },
  '.jsonl': { kind: 'records', lines: true },
  '.ndjson': { kind: 'records', lines: true },
  '.xml': { kind: 'feed' },
  '.rss': { kind: 'feed' },
  '.atom': { kind: 'feed' },
};

/** Sidecar metadata files end with this; they are never ingested as documents. */
export const SIDECAR_SUFFIX = '.meta.json';

/**
 * How many leading characters are looked at to tell a feed or an HTML page from text. The root
 * element comes after at most an XML declaration, a DOCTYPE, comments and processing
 * instructions, which fit well within this in every feed and page we have seen.
 */
export const SNIFF_CHARS = 4096;

/** Defaults for `IngestOptions`. */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * How many feed item pages are fetched at once. Small, to be polite to one site and to fit a
 * 2-core machine; the order of the output does not depend on it.
 */
export const FEED_FETCH_CONCURRENCY = 4;

/**
 * How many command-line URLs are fetched ahead of the one being read (the output order does not
 * depend on it). Same politeness budget as FEED_FETCH_CONCURRENCY.
 */
export const URL_PREFETCH = 4;

/**
 * A feed item whose page cannot be fetched is ingested from its own `content:encoded` /
 * `<content>` / `<description>` when that holds at least this many characters of text (tags
 * stripped). Calibrated by hand: teaser descriptions run 100–300 characters; full-text feeds carry
 * thousands; 500 keeps teasers out.
 */
export const FEED_FALLBACK_MIN_CHARS = 500;

/** HTTP Content-Type (media type, lower-cased) → what the response holds. `null` = sniff the body. */
export const CONTENT_TYPES: Readonly<Record<string, FileKind | null>> = {
  'text/html': { kind: 'document', format: 'html' },
  'application/xhtml+xml': { kind: 'document', format: 'html' },
  'text/plain': { kind: 'document', format: 'text' },
  'text/markdown': { kind: 'document', format: 'markdown' },
  'text/x-markdown': { kind: 'document', format: 'markdown' },
  'application/rss+xml': { kind: 'feed' },
  'application/atom+xml': { kind: 'feed' },
  'application/rdf+xml': { kind: 'feed' },
  'application/xml': { kind: 'feed' },
  'text/xml': { kind: 'feed' },
  'application/json': { kind: 'records', lines: false },
  'application/x-ndjson': { kind: 'records', lines: true },
  'application/jsonl': { kind: 'records', lines: true },
  'application/octet-stream': null,
};
