import { DossierError } from '../../core/errors.ts';
import type { EntityRecord, EventRecord, QuoteRecord } from '../../core/corpus.ts';
import { bandKeys } from '../../fuse/minhash.ts';
import { dayInterval } from '../dates.ts';
import type { ArticleCommit } from '../types.ts';
import type { SqlBackend, SqlExec } from './backend.ts';
import { articleMetadata, chunks, lastById, marks, nameKey } from './rows.ts';

/** Rows per multi-row INSERT, kept well under SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 200;
/** Values per `IN (…)` list. */
const IDS_PER_LIST = 500;

/**
 * Writes everything one article adds, inside the caller's transaction. Order matters: the article
 * row first (quotes and mentions reference it), then removals before upserts so an id both removed
 * and upserted survives, and every record's index rows are rewritten with the record.
 */
export async function writeCommit(db: SqlBackend, tx: SqlExec, c: ArticleCommit, now: string): Promise<void> {
  const a = c.article;
  const [existing] = await tx.all<{ seq: number; text: string }>('SELECT seq, text FROM articles WHERE id = ?', [a.id]);
  if (c.supersedes !== null && c.supersedes !== a.id) {
    const old = await tx.all('SELECT id FROM articles WHERE id = ?', [c.supersedes]);
    if (!old.length) {
      throw new DossierError('E_STORE', `article ${a.id} supersedes ${c.supersedes}, which is not stored`, {
        subject: a.id,
        fix: 'Pass the id returned by currentArticleBySource, or null when there is no previous version.',
      });
    }
  }
  const columns = [
    a.source,
    a.contentHash,
    a.title,
    a.outlet,
    a.language,
    a.published.date,
    a.published.basis,
    JSON.stringify(a.published),
    JSON.stringify(articleMetadata(a)),
    a.text,
    a.text.length,
    JSON.stringify(a.removed),
    JSON.stringify(c.layers),
    JSON.stringify(c.diagnostics),
    c.signature ? JSON.stringify(c.signature) : null,
    c.duplicateOf === a.id ? null : c.duplicateOf,
  ];
  const names =
    'source, content_hash, title, outlet, language, published_date, published_basis, published, metadata, text, chars, removed, layers, diagnostics, signature, duplicate_of';
  let seq: number;
  if (existing) {
    // A re-commit of the same content (e.g. redated): replace everything the article owns.
    const sets = names.split(', ').map((n) => `${n} = ?`).join(', ');
    await tx.all(`UPDATE articles SET ${sets} WHERE id = ?`, [...columns, a.id]);
    seq = Number(existing.seq);
    for (const table of ['mentions', 'quotes', 'signature_bands']) await tx.all(`DELETE FROM ${table} WHERE article = ?`, [a.id]);
  } else {
    const [row] = await tx.all<{ seq: number }>(
      `INSERT INTO articles (id, ${names}, current, ingested_at) VALUES (?, ${marks(columns.length)}, ?, ?) RETURNING seq`,
      [a.id, ...columns, db.bool(true), now],
    );
    seq = Number(row!.seq);
  }
  await db.indexText(tx, seq, a.text, existing ? existing.text : null);
  if (c.supersedes !== null && c.supersedes !== a.id) {
    await tx.all('UPDATE articles SET current = ?, superseded_by = ? WHERE id = ?', [db.bool(false), a.id, c.supersedes]);
  }
  const bands = c.bands ?? (c.signature ? bandKeys(c.signature) : []);
  await insertRows(tx, 'signature_bands', ['band', 'article'], unique(bands).map((b) => [b, a.id]));

  await writeEntities(tx, c);
  await insertRows(
    tx,
    'mentions',
    ['article', 'start_offset', 'end_offset', 'entity', 'form'],
    c.mentions.map((m) => [m.article, m.start, m.end, m.entity, m.form]),
  );
  await writeEvents(tx, c);
  await writeQuotes(tx, c.quotes);
  if (c.story) {
    const s = c.story;
    await upsert(tx, 'stories', ['id', 'label', 'record'], [[s.id, s.label, JSON.stringify(s)]]);
    await replaceIndex(tx, 'story_keys', 'story', 'key', [s.id], s.keys.map((k) => [s.id, k]));
    await replaceIndex(tx, 'story_articles', 'story', 'article', [s.id], s.articles.map((x) => [s.id, x]));
  }
}

async function writeEntities(tx: SqlExec, c: ArticleCommit): Promise<void> {
  const entities = lastById(c.entities);
  const kept = new Set(entities.map((e) => e.id));
  await deleteIds(tx, 'entities', 'id', c.removedEntities.filter((id) => !kept.has(id)));
  for (const [from, to] of Object.entries(c.mergedInto ?? {})) await redirectEntity(tx, from, to);
  await upsert(
    tx,
    'entities',
    ['id', 'name', 'type', 'mentions', 'record'],
    entities.map((e) => [e.id, e.name, e.type, e.mentions, JSON.stringify(e)]),
  );
  const ids = entities.map((e) => e.id);
  const each = (f: (e: EntityRecord) => readonly string[]) => entities.flatMap((e) => unique(f(e)).map((v) => [e.id, v]));
  await replaceIndex(tx, 'entity_keys', 'entity', 'key', ids, each((e) => e.keys));
  await replaceIndex(tx, 'entity_names', 'entity', 'name', ids, each((e) => [e.name, ...e.aliases].map(nameKey)));
  await replaceIndex(tx, 'entity_articles', 'entity', 'article', ids, each((e) => e.articles));
}

/** Re-points stored mentions and quote speakers of a merged-away entity at its survivor. */
async function redirectEntity(tx: SqlExec, from: string, to: string): Promise<void> {
  await tx.all(
    `UPDATE mentions SET entity = ? WHERE entity = ? AND NOT EXISTS (
       SELECT 1 FROM mentions m WHERE m.article = mentions.article AND m.start_offset = mentions.start_offset
       AND m.end_offset = mentions.end_offset AND m.entity = ?)`,
    [to, from, to],
  );
  await tx.all('DELETE FROM mentions WHERE entity = ?', [from]);
  const quotes = await tx.all<{ record: unknown }>('SELECT record FROM quotes WHERE speaker = ?', [from]);
  const parsed = quotes.map((q) => (typeof q.record === 'string' ? JSON.parse(q.record) : q.record) as QuoteRecord);
  await writeQuotes(tx, parsed.map((q) => ({ ...q, speaker: to })));
}

async function writeEvents(tx: SqlExec, c: ArticleCommit): Promise<void> {
  const events = lastById(c.events);
  const kept = new Set(events.map((e) => e.id));
  const removed = c.removedEvents.filter((id) => !kept.has(id));
  await deleteIds(tx, 'events', 'id', removed);
  await deleteIds(tx, 'contradictions', 'event', [...removed, ...c.touchedEvents]);
  await upsert(
    tx,
    'events',
    ['id', 'type', 'date', 'precision', 'date_start', 'date_end', 'record'],
    events.map((e) => {
      const days = dayInterval(e.date);
      return [e.id, e.type, e.date, e.precision, days?.start ?? null, days?.end ?? null, JSON.stringify(e)];
    }),
  );
  const ids = events.map((e) => e.id);
  const each = (f: (e: EventRecord) => readonly (string | null)[]) =>
    events.flatMap((e) => unique(f(e).filter((v): v is string => v !== null)).map((v) => [e.id, v]));
  await replaceIndex(tx, 'event_keys', 'event', 'key', ids, each((e) => e.keys));
  await replaceIndex(tx, 'event_articles', 'event', 'article', ids, each((e) => [...e.articles, ...e.mentions.map((m) => m.article)]));
  await replaceIndex(tx, 'event_entities', 'event', 'entity', ids, each((e) => [...e.actors, ...e.targets, e.place]));
  await upsert(
    tx,
    'contradictions',
    ['id', 'event', 'about', 'record'],
    lastById(c.contradictions).map((x) => [x.id, x.event, x.about, JSON.stringify(x)]),
  );
}

async function writeQuotes(tx: SqlExec, quotes: readonly QuoteRecord[]): Promise<void> {
  await upsert(
    tx,
    'quotes',
    ['id', 'article', 'speaker', 'start_offset', 'end_offset', 'record'],
    lastById(quotes).map((q) => [q.id, q.article, q.speaker, q.start, q.end, JSON.stringify(q)]),
  );
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

async function deleteIds(tx: SqlExec, table: string, column: string, ids: readonly string[]): Promise<void> {
  for (const part of chunks(unique(ids), IDS_PER_LIST)) {
    await tx.all(`DELETE FROM ${table} WHERE ${column} IN (${marks(part.length)})`, part);
  }
}

/** Multi-row insert; rows already present are left alone. */
async function insertRows(tx: SqlExec, table: string, columns: readonly string[], rows: readonly unknown[][], conflict = 'ON CONFLICT DO NOTHING'): Promise<void> {
  const row = `(${marks(columns.length)})`;
  for (const part of chunks(rows, ROWS_PER_INSERT)) {
    await tx.all(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => row).join(', ')} ${conflict}`, part.flat());
  }
}

/** Multi-row insert that replaces rows with the same id (the first column). */
async function upsert(tx: SqlExec, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const sets = columns.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
  await insertRows(tx, table, columns, rows, `ON CONFLICT (${columns[0]}) DO UPDATE SET ${sets}`);
}

/** Rewrites the index rows `(owner, value)` of the given owners. */
async function replaceIndex(
  tx: SqlExec,
  table: string,
  owner: string,
  value: string,
  owners: readonly string[],
  rows: readonly string[][],
): Promise<void> {
  await deleteIds(tx, table, owner, owners);
  await insertRows(tx, table, [owner, value], rows);
}
