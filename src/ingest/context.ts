import type { MetadataHints, RawDocument, RawFormat } from '../core/article.ts';
import type { DossierError } from '../core/errors.ts';
import { sha256 } from '../core/ids.ts';
import { SNIFF_CHARS } from './formats.data.ts';

/** Resolved options shared by every source reader. */
export interface IngestContext {
  readonly published: string | undefined;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly fetch: typeof fetch;
  /** ISO time of reading, for `retrievedAt`. */
  readonly now: () => string;
}

/**
 * What a source reader yields: a document, a failure, or `more` when the source turns out to hold
 * `count` more items than the one it was planned as (a JSON array, a feed).
 */
export type SourceItem =
  | { readonly kind: 'document'; readonly doc: RawDocument }
  | { readonly kind: 'failure'; readonly subject: string; readonly error: DossierError }
  | { readonly kind: 'more'; readonly count: number };

export function failure(error: DossierError, subject?: string): SourceItem {
  return { kind: 'failure', subject: subject ?? error.subject ?? '', error };
}

export interface DocumentParts {
  readonly source: string;
  readonly format: RawFormat;
  readonly body: string;
  readonly encoding: string;
  readonly hints: MetadataHints;
  /** The raw bytes, or a canonical string for records. */
  readonly hashOf: Uint8Array | string;
  readonly retrievedAt: string;
}

export function document(p: DocumentParts): SourceItem {
  const doc: RawDocument = {
    source: p.source,
    format: p.format,
    body: p.body,
    encoding: p.encoding,
    hints: p.hints,
    contentHash: sha256(p.hashOf),
    retrievedAt: p.retrievedAt,
  };
  return { kind: 'document', doc };
}

/** True when the decoded text starts like an RSS, Atom or RSS 1.0 (RDF) feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

/** True when the decoded text starts like HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i.test(head);
}
