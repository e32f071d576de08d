import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from '../core/errors.ts';
import { CSV_TABLES, csvLines, type CsvTable } from './csv.ts';
import { markdownLines } from './markdown.ts';
import type { DossierExport, ExportRecordType } from './types.ts';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'md'];

export interface WriteExportOptions {
  /** For `csv` to a stream: which table to write (default `events`). */
  readonly table?: CsvTable;
}

/**
 * Writes an export. `out` is a stream (left open: the caller owns it) or a path:
 * - `json`: one JSON document; `jsonl`: one record a line, `{"type", "record"}` (`meta` first,
 *   then articles, entities, events, quotes, contradictions, timeline);
 * - `csv`: to a directory path, one `<table>.csv` per table (created if missing); to a stream, one
 *   table (`options.table`, default `events`).
 * - `md`: one Markdown document for reading (sources, timeline, contradictions, quotes, every span cited).
 * For `json`, `jsonl` and `md` a path names the file to write.
 */
export async function writeExport(
  exp: DossierExport,
  format: ExportFormat,
  out: NodeJS.WritableStream | string,
  options: WriteExportOptions = {},
): Promise<void> {
  switch (format) {
    case 'json':
      return writeTo(out, jsonChunks(exp));
    case 'jsonl':
      return writeTo(out, jsonlLines(exp));
    case 'csv':
      if (typeof out === 'string') {
        await mkdir(out, { recursive: true });
        for (const table of CSV_TABLES) await writeTo(join(out, `${table}.csv`), csvLines(exp, table));
        return;
      }
      return writeTo(out, csvLines(exp, options.table ?? 'events'));
    case 'md':
      return writeTo(out, markdownLines(exp));
  }
}

export function parseFormat(value: string): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x === value);
  if (!f) {
    throw new DossierError('E_USAGE', `unknown export format "${value}"`, {
      subject: 'format',
      fix: `Use one of: ${EXPORT_FORMATS.join(', ')}.`,
    });
  }
  return f;
}

function* jsonChunks(exp: DossierExport): Iterable<string> {
  yield JSON.stringify(exp, null, 2) + '\n';
}

/**
 * One JSON object a line: `{"type": …, "record": …}`. The record is wrapped rather than spread
 * because entities and events have a `type` field of their own.
 */
export function* jsonlLines(exp: DossierExport): Iterable<string> {
  const line = (type: ExportRecordType, record: object) => JSON.stringify({ type, record }) + '\n';
  yield line('meta', { schema: exp.schema, filter: exp.filter });
  for (const r of exp.articles) yield line('article', r);
  for (const r of exp.entities) yield line('entity', r);
  for (const r of exp.mentions) yield line('mention', r);
  for (const r of exp.events) yield line('event', r);
  for (const r of exp.quotes) yield line('quote', r);
  for (const r of exp.contradictions) yield line('contradiction', r);
  for (const r of exp.timeline) yield line('timeline', r);
}

async function writeTo(out: NodeJS.WritableStream | string, chunks: Iterable<string>): Promise<void> {
  if (typeof out !== 'string') return writeChunks(out, chunks);
  const file = createWriteStream(out);
  const failed = once(file, 'error').then(([e]) => {
    throw new DossierError('E_UNREADABLE', `cannot write ${out}: ${(e as Error).message}`, {
      subject: out,
      fix: 'Check that the directory exists and is writable.',
      cause: e,
    });
  });
  await Promise.race([
    (async () => {
      await writeChunks(file, chunks);
      file.end();
      await once(file, 'finish');
    })(),
    failed,
  ]);
}

/** Writes with backpressure: waits for `drain` whenever the stream's buffer is full. */
async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}
