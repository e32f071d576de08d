import { DossierError } from '../../core/errors.ts';
import type { EntityRecord, EventRecord, QuoteRecord, StoryRecord } from '../../core/corpus.ts';
import { bandKeys } from '../../fuse/minhash.ts';
import { dayInterval } from '../../core/day-interval.ts';
import type { ArticleCommit } from '../types.ts';
import type { SqlBackend, SqlExec, Statement } from './backend.ts';
import { articleMetadata, chunks, lastById, marks, nameKey } from './rows.ts';

/** Rows per multi-row INSERT, kept well under SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 200;
/** Values per `IN (…)` list. */
const IDS_PER_LIST = 500;

/**
 * Writes everything one article adds, inside the caller's transaction. The few reads come first;
 * the writes are collected in order and sent as one batch. Order matters: the article row first
 * (quotes and mentions reference it), then removals before upserts so an id both removed and
 * upserted survives, and every record's index rows are rewritten with the record.
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
  const w: Statement[] = [];
  const ix: IndexUpdate[] = [];
  let seq: number;
  if (existing) {
    // A re-commit of the same content (e.g. redated): replace everything the article owns.
    const sets = names.split(', ').map((n) => `${n} = ?`).join(', ');
    w.push({ sql: `UPDATE articles SET ${sets} WHERE id = ?`, params: [...columns, a.id] });
    seq = Number(existing.seq);
    for (const table of ['mentions', 'quotes', 'signature_bands']) w.push({ sql: `DELETE FROM ${table} WHERE article = ?`, params: [a.id] });
  } else {
    const [row] = await tx.all<{ seq: number }>(
      `INSERT INTO articles (id, ${names}, current, ingested_at) VALUES (?, ${marks(columns.length)}, ?, ?) RETURNING seq`,
      [a.id, ...columns, db.bool(true), now],
    );
    seq = Number(row!.seq);
  }
  await db.indexText(tx, seq, a.text, existing ? existing.text : null);
  if (c.supersedes !== null && c.supersedes !== a.id) {
    w.push({ sql: 'UPDATE articles SET current = ?, superseded_by = ? WHERE id = ?', params: [db.bool(false), a.id, c.supersedes] });
  }
  const bands = c.bands ?? (c.signature ? bandKeys(c.signature) : []);
  insertRows(w, 'signature_bands', ['band', 'article'], unique(bands).map((b) => [b, a.id]));

  await writeEntities(db, tx, w, ix, c);
  insertRows(
    w,
    'mentions',
    ['article', 'start_offset', 'end_offset', 'entity', 'form'],
    c.mentions.map((m) => [m.article, m.start, m.end, m.entity, m.form]),
  );
  writeEvents(w, ix, c);
  writeQuotes(w, c.quotes);
  await writeStories(db, tx, w, ix, c);
  await appendIndexChanges(tx, w, ix);
  await tx.batch(w);
}

/**
 * Writes the article's story. A superseded version leaves every story it belonged to (a story left
 * with no article is deleted); the superseded article itself stays stored.
 */
async function writeStories(db: SqlBackend, tx: SqlExec, w: Statement[], ix: IndexUpdate[], c: ArticleCommit): Promise<void> {
  const old = c.supersedes !== null && c.supersedes !== c.article.id ? c.supersedes : null;
  const stories = new Map<string, StoryRecord>();
  if (old !== null) {
    const rows = await tx.all<{ record: unknown }>('SELECT record FROM stories WHERE id IN (SELECT story FROM story_articles WHERE article = ?)', [old]);
    for (const r of rows) {
      const s = db.parseJson<StoryRecord>(r.record);
      stories.set(s.id, s);
    }
  }
  if (c.story) stories.set(c.story.id, c.story);
  const kept = [...stories.values()].map((s) => (old === null ? s : { ...s, articles: s.articles.filter((a) => a !== old) }));
  deleteIds(w, 'stories', 'id', kept.filter((s) => s.articles.length === 0).map((s) => s.id));
  for (const s of kept.filter((x) => x.articles.length > 0)) {
    upsert(w, 'stories', ['id', 'label', 'record'], [[s.id, s.label, JSON.stringify(s)]]);
    replaceIndex(ix, 'story_keys', 'story', 'key', [s.id], unique(s.keys).map((k) => [s.id, k]));
    replaceIndex(ix, 'story_articles', 'story', 'article', [s.id], unique(s.articles).map((x) => [s.id, x]));
  }
}

async function writeEntities(db: SqlBackend, tx: SqlExec, w: Statement[], ix: IndexUpdate[], c: ArticleCommit): Promise<void> {
  const entities = lastById(c.entities);
  const kept = new Set(entities.map((e) => e.id));
  deleteIds(w, 'entities', 'id', c.removedEntities.filter((id) => !kept.has(id)));
  for (const [from, to] of Object.entries(c.mergedInto ?? {})) await redirectEntity(db, tx, w, from, to, c.article.id);
  upsert(
    w,
    'entities',
    ['id', 'name', 'type', 'mentions', 'record'],
    entities.map((e) => [e.id, e.name, e.type, e.mentions, JSON.stringify(e)]),
  );
  const ids = entities.map((e) => e.id);
  const each = (f: (e: EntityRecord) => readonly string[]) => entities.flatMap((e) => unique(f(e)).map((v) => [e.id, v]));
  replaceIndex(ix, 'entity_keys', 'entity', 'key', ids, each((e) => e.keys));
  replaceIndex(ix, 'entity_names', 'entity', 'name', ids, each((e) => [e.name, ...e.aliases].map(nameKey)));
  replaceIndex(ix, 'entity_articles', 'entity', 'article', ids, each((e) => e.articles));
  replaceIndex(ix, 'entity_links', 'entity', 'target', ids, each((e) => e.links.map((l) => l.target)));
}

/** Re-points stored mentions and quote speakers of a merged-away entity at its survivor. */
async function redirectEntity(db: SqlBackend, tx: SqlExec, w: Statement[], from: string, to: string, committing: string): Promise<void> {
  w.push({
    sql: `UPDATE mentions SET entity = ? WHERE entity = ? AND NOT EXISTS (
       SELECT 1 FROM mentions m WHERE m.article = mentions.article AND m.start_offset = mentions.start_offset
       AND m.end_offset = mentions.end_offset AND m.entity = ?)`,
    params: [to, from, to],
  });
  w.push({ sql: 'DELETE FROM mentions WHERE entity = ?', params: [from] });
  // The committing article's own stored quotes are about to be replaced, so they are not carried over.
  const quotes = await tx.all<{ record: unknown }>(
    'SELECT q.record FROM quotes q WHERE q.article <> ? AND EXISTS (SELECT 1 FROM quote_speakers s WHERE s.quote = q.id AND s.speaker = ?)',
    [committing, from],
  );
  const swap = (id: string) => (id === from ? to : id);
  writeQuotes(w, quotes.map((row) => {
    const q = db.parseJson<QuoteRecord>(row.record);
    return { ...q, speaker: q.speaker === null ? null : swap(q.speaker), speakers: unique(q.speakers.map(swap)) };
  }));
}

function writeEvents(w: Statement[], ix: IndexUpdate[], c: ArticleCommit): void {
  const events = lastById(c.events);
  const kept = new Set(events.map((e) => e.id));
  const removed = c.removedEvents.filter((id) => !kept.has(id));
  deleteIds(w, 'events', 'id', removed);
  deleteIds(w, 'contradictions', 'event', [...removed, ...c.touchedEvents]);
  upsert(
    w,
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
  replaceIndex(ix, 'event_keys', 'event', 'key', ids, each((e) => e.keys));
  replaceIndex(ix, 'event_articles', 'event', 'article', ids, each((e) => [...e.articles, ...e.mentions.map((m) => m.article)]));
  replaceIndex(ix, 'event_entities', 'event', 'entity', ids, each((e) => [...e.actors, ...e.targets, e.place]));
  upsert(
    w,
    'contradictions',
    ['id', 'event', 'about', 'record'],
    lastById(c.contradictions).map((x) => [x.id, x.event, x.about, JSON.stringify(x)]),
  );
}

function writeQuotes(w: Statement[], quotes: readonly QuoteRecord[]): void {
  upsert(
    w,
    'quotes',
    ['id', 'article', 'speaker', 'start_offset', 'end_offset', 'record'],
    lastById(quotes).map((q) => [q.id, q.article, q.speaker, q.start, q.end, JSON.stringify(q)]),
  );
  // Every speaker, for `listQuotes({speaker})`: rewritten with the record (a re-pointed quote's row stays).
  deleteIds(w, 'quote_speakers', 'quote', quotes.map((q) => q.id));
  insertRows(w, 'quote_speakers', ['quote', 'speaker'], lastById(quotes).flatMap((q) => unique(q.speakers).map((s) => [q.id, s])));
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function deleteIds(w: Statement[], table: string, column: string, ids: readonly string[]): void {
  for (const part of chunks(unique(ids), IDS_PER_LIST)) {
    w.push({ sql: `DELETE FROM ${table} WHERE ${column} IN (${marks(part.length)})`, params: part });
  }
}

/** Multi-row insert; rows already present are left alone. */
function insertRows(w: Statement[], table: string, columns: readonly string[], rows: readonly unknown[][], conflict = 'ON CONFLICT DO NOTHING'): void {
  const row = `(${marks(columns.length)})`;
  for (const part of chunks(rows, ROWS_PER_INSERT)) {
    w.push({ sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => row).join(', ')} ${conflict}`, params: part.flat() });
  }
}

/** Multi-row insert that replaces rows with the same id (the first column). */
function upsert(w: Statement[], table: string, columns: readonly string[], rows: readonly unknown[][]): void {
  const sets = columns.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
  insertRows(w, table, columns, rows, `ON CONFLICT (${columns[0]}) DO UPDATE SET ${sets}`);
}

/** The index rows `(owner, value)` that the given owners must have after this commit. */
interface IndexUpdate {
  readonly table: string;
  readonly owner: string;
  readonly value: string;
  readonly owners: readonly string[];
  readonly rows: readonly string[][];
}

function replaceIndex(ix: IndexUpdate[], table: string, owner: string, value: string, owners: readonly string[], rows: readonly string[][]): void {
  if (owners.length) ix.push({ table, owner, value, owners, rows });
}

/**
 * Brings index rows in line with their records by difference, not by rewriting: a record that
 * lists 5,000 articles and gains one costs one inserted row, so a commit's cost does not grow
 * with the corpus. One read (UNION ALL over the index tables) precedes the batch; the changes go
 * last in the batch, after the records they reference.
 */
async function appendIndexChanges(tx: SqlExec, w: Statement[], ix: readonly IndexUpdate[]): Promise<void> {
  const parts = ix.flatMap((u, i) =>
    chunks(unique(u.owners), IDS_PER_LIST).map((owners) => ({
      sql: `SELECT ${i} AS i, ${u.owner} AS o, ${u.value} AS v FROM ${u.table} WHERE ${u.owner} IN (${marks(owners.length)})`,
      params: owners,
    })),
  );
  const existing: { i: number; o: string; v: string }[] = [];
  for (const group of chunks(parts, 20)) {
    existing.push(...(await tx.all<{ i: number; o: string; v: string }>(group.map((p) => p.sql).join(' UNION ALL '), group.flatMap((p) => p.params))));
  }
  const key = (o: string, v: string) => `${o}\u0000${v}`;
  ix.forEach((u, i) => {
    const want = new Set(u.rows.map(([o, v]) => key(o!, v!)));
    const have = existing.filter((r) => Number(r.i) === i);
    const haveKeys = new Set(have.map((r) => key(r.o, r.v)));
    const gone = have.filter((r) => !want.has(key(r.o, r.v)));
    for (const part of chunks(gone, ROWS_PER_INSERT)) {
      w.push({
        sql: `DELETE FROM ${u.table} WHERE (${u.owner}, ${u.value}) IN (VALUES ${part.map(() => '(?, ?)').join(', ')})`,
        params: part.flatMap((r) => [r.o, r.v]),
      });
    }
    insertRows(w, u.table, [u.owner, u.value], u.rows.filter(([o, v]) => !haveKeys.has(key(o!, v!))));
  });
}
