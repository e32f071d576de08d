import type { RawDocument } from '../../core/article.ts';
import type { Doc } from '../../core/doc.ts';

/** Job payloads. Both are plain JSON: a Doc's layers are readonly arrays of plain objects. */
export interface ProcessJob {
  readonly raw: RawDocument;
}

export interface IntegrateJob {
  readonly doc: Doc;
  readonly contentHash: string;
}

/** What a job returns, read back by the producer's progress and summary. */
export type JobOutcome =
  | { readonly kind: 'queued-for-integration'; readonly article: string }
  | { readonly kind: 'duplicate'; readonly article: string }
  | { readonly kind: 'ingested'; readonly article: string; readonly supersedes: string | null };
