import { createReadStream } from 'node:fs';
import type { MetadataHints, RawFormat } from '../core/article.ts';
import { toDossierError } from '../core/errors.ts';
import { badFormat, empty, fail, tooLarge } from './errors.ts';
import { guardText } from './decode.ts';
import { document, failure, type IngestContext, type SourceItem } from './context.ts';
import { hintsFromObject, isPlainObject, mergeHints, typeName } from './hints.ts';

/**
 * JSON and JSONL records: `{text | html | markdown, url?, title?, published?, outlet?, authors?, language?}`.
 * A record's source is `path#N` (the JSONL line number, or the 1-based index in a JSON array); a
 * JSON file holding one object keeps the plain path.
 */
const RECORD_FIX = 'Each record must be a JSON object with a non-empty "text", "html" or "markdown" string.';

/**
 * One parsed record → a document or a failure. `where` names the record in failures: `path:LINE`
 * for JSONL (a line of a file), the source otherwise.
 */
export function recordItem(
  value: unknown,
  source: string,
  encoding: string,
  ctx: IngestContext,
  retrievedAt: string,
  defaults?: MetadataHints,
  where: string = source,
): SourceItem {
  if (!isPlainObject(value)) return failure(badFormat(where, `record is ${typeName(value)}, not an object`, RECORD_FIX));
  const body = pickBody(value);
  if (body.kind === 'error') return failure(badFormat(where, body.message, RECORD_FIX));
  if (!body.text.trim()) return failure(empty(where));
  let guarded;
  try {
    guarded = guardText(body.text, where, encoding);
  } catch (e) {
    return failure(toDossierError(e, where));
  }
  const hints = hintsFromObject(value, 'record');
  if (!hints.ok) return failure(badFormat(where, `record: ${hints.message}`, 'Fix the field: metadata fields are strings; "authors" is a string or an array of strings.'));
  return document({
    source,
    format: body.format,
    body: guarded.text,
    encoding: guarded.encoding,
    hints: mergeHints([defaults, hints.hints], ctx.published),
    hashOf: canonicalJson(value),
    retrievedAt,
  });
}

type Body = { readonly kind: 'ok'; readonly format: RawFormat; readonly text: string } | { readonly kind: 'error'; readonly message: string };

/** `html` wins over `markdown`, which wins over `text`: the richer form keeps more for `clean`. */
function pickBody(rec: Readonly<Record<string, unknown>>): Body {
  for (const [field, format] of [['html', 'html'], ['markdown', 'markdown'], ['text', 'text']] as const) {
    const v = rec[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { kind: 'error', message: `"${field}" must be a string, not ${typeName(v)}` };
    return { kind: 'ok', format, text: v };
  }
  const alias = ['content', 'body', 'article', 'maintext', 'full_text'].find((k) => typeof rec[k] === 'string');
  return { kind: 'error', message: `record has no "text", "html" or "markdown" field${alias ? ` (it has "${alias}": rename it to "text" or "html")` : ''}` };
}

/** JSON with object keys sorted at every level: the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A whole JSON file: one record, or an array of records. */
export function* jsonRecords(path: string, text: string, encoding: string, ctx: IngestContext, retrievedAt: string, defaults?: MetadataHints): Generator<SourceItem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    yield failure(badFormat(path, `is not valid JSON (${(e as Error).message})`, 'Fix the JSON (one record object or an array of them), or use .jsonl with one record per line.', e));
    return;
  }
  if (!Array.isArray(parsed)) {
    yield recordItem(parsed, path, encoding, ctx, retrievedAt, defaults);
    return;
  }
  if (parsed.length === 0) {
    yield failure(fail('E_EMPTY', path, 'is an empty JSON array (no records)', 'Remove it from the input, or add records.'));
    return;
  }
  if (parsed.length > 1) yield { kind: 'more', count: parsed.length - 1 };
  for (let i = 0; i < parsed.length; i++) yield recordItem(parsed[i], `${path}#${i + 1}`, encoding, ctx, retrievedAt, defaults);
}

/**
 * Streams a JSONL file line by line (so a corpus may exceed `maxBytes`; each line may not).
 * Each line must be UTF-8. A bad line is a failure naming `path:line`; the others go on.
 */
export async function* jsonlRecords(path: string, ctx: IngestContext, defaults?: MetadataHints): AsyncGenerator<SourceItem> {
  const retrievedAt = ctx.now();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineNo = 0;
  let records = 0;
  for await (const line of byteLines(path)) {
    lineNo++;
    if (line.bytes > ctx.maxBytes) {
      records++;
      yield failure(tooLarge(`${path}:${lineNo}`, line.bytes, ctx.maxBytes));
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.data);
    } catch (e) {
      records++;
      yield failure(fail('E_ENCODING', `${path}:${lineNo}`, 'line is not valid UTF-8', 'JSONL must be UTF-8: re-save the file as UTF-8.', e));
      continue;
    }
    if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
    if (!text.trim()) continue;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield failure(badFormat(`${path}:${lineNo}`, `line is not valid JSON (${(e as Error).message})`, 'Fix the line: JSONL holds one JSON object per line.', e));
      continue;
    }
    yield recordItem(value, `${path}#${lineNo}`, 'utf-8', ctx, retrievedAt, defaults, `${path}:${lineNo}`);
  }
  if (records === 0) yield failure(empty(path));
}

/** Counts the non-blank lines of a JSONL file (for planning), streaming. */
export async function countJsonlRecords(path: string): Promise<number> {
  let n = 0;
  for await (const line of byteLines(path)) if (line.data.some((b) => b > 0x20 && b !== 0xef && b !== 0xbb && b !== 0xbf)) n++;
  return n;
}

/** The lines of a file as bytes, without the line ending (LF or CRLF). */
async function* byteLines(path: string): AsyncGenerator<{ data: Uint8Array; bytes: number }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      pendingBytes += nl - start;
      yield finish(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  if (pendingBytes > 0) yield finish(pending, pendingBytes);
}

function finish(parts: Buffer[], bytes: number): { data: Uint8Array; bytes: number } {
  let data = Buffer.concat(parts);
  if (data[data.length - 1] === 0x0d) data = data.subarray(0, data.length - 1);
  return { data, bytes };
}
