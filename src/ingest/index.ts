import type { RawDocument } from '../core/article.ts';
import { toDossierError, type DossierError } from '../core/errors.ts';
import { failure, type IngestContext, type SourceItem } from './context.ts';
import { ingestFile } from './file.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, URL_PREFETCH } from './formats.data.ts';
import { expandInputs, extensionOf, type Source } from './inputs.ts';
import { countJsonlRecords } from './records.ts';
import { ingestUrl, startFetch, type PendingFetch } from './url.ts';

/**
 * The ingest stage: sources (files, directories, http(s) URLs, RSS/Atom feeds, JSON/JSONL
 * records) → `RawDocument`s. One bad source is one `failure`; the batch always goes on.
 * Input formats are documented in docs/ingest.md.
 */
export type IngestItem =
  /**
   * How many `document` + `failure` items to expect. Emitted first, once the inputs are expanded
   * (JSONL lines are counted up front); emitted again with a larger total when a JSON array or a
   * feed turns out to hold more items. The latest total wins. `skipped` counts files inside the
   * given directories that were passed over (unsupported extensions); hidden files and
   * `*.meta.json` sidecars are not counted.
   */
  | { readonly kind: 'planned'; readonly total: number; readonly skipped?: number }
  | { readonly kind: 'document'; readonly doc: RawDocument }
  | { readonly kind: 'failure'; readonly subject: string; readonly error: DossierError };

export interface IngestOptions {
  /** `--published`: applies to every document of the call (publishedSource `user`), over sidecars, records and feeds. */
  readonly published?: string;
  /** Per URL (headers and body), default 20000. */
  readonly timeoutMs?: number;
  /** Per file, per URL response and per JSONL line; default 20 MiB. */
  readonly maxBytes?: number;
  /** Injectable for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

export async function* ingest(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const ctx: IngestContext = {
    published: options.published?.trim() || undefined,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    fetch: options.fetch ?? globalThis.fetch,
    now: () => new Date().toISOString(),
  };
  const { sources, skipped } = await expandInputs(inputs);
  let total = 0;
  for (const s of sources) total += await plannedCount(s);
  yield { kind: 'planned', total, skipped: skipped.length };

  const prefetched = new Map<number, PendingFetch>();
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    prefetchUrls(sources, i, prefetched, ctx);
    try {
      for await (const item of readSource(source, ctx, prefetched.get(i))) {
        if (item.kind === 'more') {
          total += item.count;
          yield { kind: 'planned', total, skipped: skipped.length };
        } else {
          yield item;
        }
      }
    } catch (e) {
      // A reader bug must not stop the batch.
      const subject = source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.subject;
      yield { kind: 'failure', subject, error: toDossierError(e, subject) };
    }
    prefetched.delete(i);
  }
}

/**
 * Starts the fetches of the next URL sources (up to URL_PREFETCH ahead of the one being read),
 * so a list of URLs downloads in parallel while the output keeps the input order.
 */
function prefetchUrls(sources: readonly Source[], from: number, started: Map<number, PendingFetch>, ctx: IngestContext): void {
  let ahead = 0;
  for (let j = from; j < sources.length && ahead < URL_PREFETCH; j++) {
    const s = sources[j];
    if (s.kind !== 'url') continue;
    ahead++;
    if (!started.has(j)) started.set(j, startFetch(s.url, ctx));
  }
}

function readSource(source: Source, ctx: IngestContext, pending: PendingFetch | undefined): AsyncIterable<SourceItem> | Iterable<SourceItem> {
  switch (source.kind) {
    case 'file':
      return ingestFile(source.path, ctx);
    case 'url':
      return ingestUrl(source.url, ctx, pending);
    case 'invalid':
      return [failure(source.error, source.subject)];
  }
}

/** Items a source is expected to yield: JSONL files are counted by line, the rest as one. */
async function plannedCount(source: Source): Promise<number> {
  if (source.kind !== 'file' || !['.jsonl', '.ndjson'].includes(extensionOf(source.path))) return 1;
  try {
    return Math.max(1, await countJsonlRecords(source.path));
  } catch {
    return 1;
  }
}

