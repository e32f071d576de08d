import type { MetadataHints } from '../core/article.ts';
import { toDossierError } from '../core/errors.ts';
import { badFormat, empty } from './errors.ts';
import { document, failure, looksLikeFeed, looksLikeHtml, type IngestContext, type SourceItem } from './context.ts';
import { decodeBytes } from './decode.ts';
import { CONTENT_TYPES, type FileKind } from './formats.data.ts';
import { feedItems } from './feed-items.ts';
import { mergeHints } from './hints.ts';
import { fetchUrl, type Fetched } from './http.ts';
import { jsonRecords } from './records.ts';

/** A fetch already under way: it never rejects. */
export type PendingFetch = Promise<{ readonly ok: true; readonly fetched: Fetched } | { readonly ok: false; readonly error: unknown }>;

export function startFetch(url: string, ctx: IngestContext): PendingFetch {
  return fetchUrl(url, ctx).then(
    (fetched) => ({ ok: true as const, fetched }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/**
 * A URL given on the command line: a page, a feed (each item fetched in turn) or JSON records.
 * `pending` is the fetch when it was started ahead of time (see `index.ts`).
 */
export async function* ingestUrl(url: string, ctx: IngestContext, pending: PendingFetch = startFetch(url, ctx)): AsyncGenerator<SourceItem> {
  const result = await pending;
  if (!result.ok) {
    yield failure(toDossierError(result.error, url), url);
    return;
  }
  yield* fromResponse(result.fetched, url, ctx, undefined, true);
}

/**
 * Turns a fetched response into items. The Content-Type decides, except that a body starting like
 * a feed is a feed whatever the type says; an unknown type is sniffed. `expand` is false for feed
 * item pages (a feed item that links to another feed is not followed).
 */
export async function* fromResponse(
  fetched: Fetched,
  source: string,
  ctx: IngestContext,
  defaults: MetadataHints | undefined,
  expand: boolean,
): AsyncGenerator<SourceItem> {
  const retrievedAt = ctx.now();
  const declared = fetched.mediaType ? CONTENT_TYPES[fetched.mediaType] : null;
  if (fetched.bytes.length === 0) {
    yield failure(empty(source), source);
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(fetched.bytes, source, { headerCharset: fetched.charset });
  } catch (e) {
    yield failure(toDossierError(e, source), source);
    return;
  }
  if (!decoded.text.trim()) {
    yield failure(empty(source), source);
    return;
  }
  const kind: FileKind = looksLikeFeed(decoded.text)
    ? { kind: 'feed' }
    : declared && declared.kind !== 'feed'
      ? declared
      : declared?.kind === 'feed'
        ? { kind: 'feed' }
        : { kind: 'document', format: looksLikeHtml(decoded.text) ? 'html' : 'text' };
  const urlHints: MetadataHints = { url: fetched.finalUrl, ...(fetched.language ? { language: fetched.language } : {}) };
  switch (kind.kind) {
    case 'document':
      yield document({
        source,
        format: kind.format,
        body: decoded.text,
        encoding: decoded.encoding,
        hints: mergeHints([defaults, urlHints], ctx.published),
        hashOf: fetched.bytes,
        retrievedAt,
      });
      return;
    case 'feed':
    case 'records':
      if (!expand) {
        yield failure(badFormat(source, `is ${kind.kind === 'feed' ? 'a feed' : 'JSON'}, not an article page`, 'Give the article URL itself.'), source);
        return;
      }
      if (kind.kind === 'feed') yield* feedItems(decoded.text, fetched.finalUrl, ctx, defaults, source, decoded.encoding);
      else if (kind.lines) yield failure(badFormat(source, 'JSONL over HTTP is not supported', 'Download it and ingest the file.'), source);
      else yield* jsonRecords(source, decoded.text, decoded.encoding, ctx, retrievedAt, defaults);
      return;
  }
}
