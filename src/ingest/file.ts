import { open, stat } from 'node:fs/promises';
import type { MetadataHints } from '../core/article.ts';
import { isDossierError, toDossierError } from '../core/errors.ts';
import { badFormat, binary, empty, notFound, tooLarge, unreadable } from './errors.ts';
import { document, failure, looksLikeFeed, type IngestContext, type SourceItem } from './context.ts';
import { binaryKind, decodeBytes } from './decode.ts';
import { EXTENSIONS } from './formats.data.ts';
import { feedItems } from './feed-items.ts';
import { extensionOf } from './inputs.ts';
import { mergeHints } from './hints.ts';
import { jsonRecords, jsonlRecords } from './records.ts';
import { readSidecar } from './sidecar.ts';

/** Reads one local file: a document, records, or a feed, by extension (and by content for feeds). */
export async function* ingestFile(path: string, ctx: IngestContext): AsyncGenerator<SourceItem> {
  const ext = extensionOf(path);
  const kind = EXTENSIONS[ext];
  const sidecar = await readSidecar(path);
  if (sidecar.kind === 'error') {
    yield failure(sidecar.error, path);
    return;
  }
  const defaults: MetadataHints | undefined = sidecar.kind === 'hints' ? sidecar.hints : undefined;

  if (kind?.kind === 'records' && kind.lines) {
    const checked = await checkFile(path, Number.POSITIVE_INFINITY);
    if (checked) yield failure(checked, path);
    else yield* jsonlRecords(path, ctx, defaults);
    return;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path, ctx.maxBytes);
  } catch (e) {
    yield failure(toDossierError(e, path), path);
    return;
  }
  const retrievedAt = ctx.now();
  if (!kind) {
    // Only reached for a file named explicitly: directories skip unsupported extensions.
    const what = binaryKind(bytes);
    yield failure(
      what
        ? binary(path, what)
        : badFormat(path, `has an unsupported extension ${ext ? `"${ext}"` : '(none)'}`, `Rename it: ${Object.keys(EXTENSIONS).join(', ')}.`),
      path,
    );
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, path);
  } catch (e) {
    yield failure(toDossierError(e, path), path);
    return;
  }
  if (!decoded.text.trim()) {
    yield failure(empty(path), path);
    return;
  }
  if (kind.kind === 'feed' || (kind.kind === 'document' && kind.format !== 'markdown' && looksLikeFeed(decoded.text))) {
    yield* feedItems(decoded.text, path, ctx, defaults, path, decoded.encoding);
    return;
  }
  if (kind.kind === 'records') {
    yield* jsonRecords(path, decoded.text, decoded.encoding, ctx, retrievedAt, defaults);
    return;
  }
  yield document({
    source: path,
    format: kind.format,
    body: decoded.text,
    encoding: decoded.encoding,
    hints: mergeHints([defaults], ctx.published),
    hashOf: bytes,
    retrievedAt,
  });
}

/** Size and type checks before reading: a regular file within the limit, not empty. */
async function checkFile(path: string, maxBytes: number) {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? notFound(path) : unreadable(path, code ?? 'error', e);
  }
  if (!info.isFile()) return unreadable(path, 'not a regular file');
  if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
  if (info.size === 0) return empty(path);
  return null;
}

/** Reads a file after checking its size with stat (never reads a file over the limit). */
async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const problem = await checkFile(path, maxBytes);
  if (problem) throw problem;
  try {
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (isDossierError(e)) throw e;
    throw unreadable(path, (e as NodeJS.ErrnoException).code ?? String(e), e);
  }
}
