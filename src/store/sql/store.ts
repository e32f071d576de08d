import type { PublishedDate } from '../../core/article.ts';
import type { Contradiction, EntityMentionRecord, EntityRecord, EventRecord, QuoteRecord, StoryRecord } from '../../core/corpus.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { DossierError } from '../../core/errors.ts';
import type { Layers } from '../../core/layers.ts';
import { rangeBounds } from '../dates.ts';
import { matchSpans, parseQuery, snippetAround } from '../search-text.ts';
import type { ArticleCommit, ArticleSummary, EventFilter, MentionFilter, SearchHit, Store, StoredArticle } from '../types.ts';
import type { Row, SqlBackend } from './backend.ts';
import { writeCommit } from './commit.ts';
import { runMigrations } from './migrate.ts';
import { ARTICLE_COLUMNS, SUMMARY_COLUMNS, chunks, marks, nameKey, toArticle, toSummary } from './rows.ts';

/** Default number of search hits. */
const SEARCH_LIMIT = 20;

export interface SqlStoreOptions {
  /** The clock for `ingestedAt` (tests inject a fixed one); defaults to the wall clock. */
  readonly now?: () => string;
}

/**
 * The `Store` interface over any `SqlBackend`: the SQL here is the common subset of SQLite and
 * PostgreSQL; the backends supply connections, migrations and full-text search.
 */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  private readonly now: () => string;

  constructor(
    private readonly db: SqlBackend,
    options: SqlStoreOptions = {},
  ) {
    this.kind = db.kind;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  migrate(): Promise<void> {
    return this.guard('migrate', () => runMigrations(this.db));
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async articleIdByHash(contentHash: string): Promise<string | null> {
    const [row] = await this.db.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [contentHash]);
    return row?.id ?? null;
  }

  async currentArticleBySource(source: string): Promise<ArticleSummary | null> {
    const [row] = await this.db.all(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE source = ? AND current = ? ORDER BY seq DESC LIMIT 1`,
      [source, this.db.bool(true)],
    );
    return row ? toSummary(this.db, row) : null;
  }

  async articlesBySignatureBands(bands: readonly string[]): Promise<readonly { id: string; signature: readonly number[] }[]> {
    const rows = await this.byList<Row>(
      (m) => `SELECT DISTINCT a.id, a.signature FROM signature_bands b JOIN articles a ON a.id = b.article
              WHERE b.band IN (${m}) AND a.current = ? AND a.signature IS NOT NULL`,
      bands,
      [this.db.bool(true)],
    );
    const byId = new Map(rows.map((r) => [String(r.id), this.db.parseJson<number[]>(r.signature)]));
    return [...byId].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, signature]) => ({ id, signature }));
  }

  entitiesByKeys(keys: readonly string[]): Promise<readonly EntityRecord[]> {
    return this.recordsByIndex('entities', 'entity_keys', 'entity', 'key', keys);
  }

  eventsByKeys(keys: readonly string[]): Promise<readonly EventRecord[]> {
    return this.recordsByIndex('events', 'event_keys', 'event', 'key', keys);
  }

  storiesByKeys(keys: readonly string[]): Promise<readonly StoryRecord[]> {
    return this.recordsByIndex('stories', 'story_keys', 'story', 'key', keys);
  }

  eventsByArticle(articleId: string): Promise<readonly EventRecord[]> {
    return this.recordsByIndex('events', 'event_articles', 'event', 'article', [articleId]);
  }

  entitiesByArticle(articleId: string): Promise<readonly EntityRecord[]> {
    return this.recordsByIndex('entities', 'entity_articles', 'entity', 'article', [articleId]);
  }

  entitiesLinkingTo(ids: readonly string[]): Promise<readonly EntityRecord[]> {
    return this.recordsByIndex('entities', 'entity_links', 'entity', 'target', ids);
  }

  commitArticle(commit: ArticleCommit): Promise<void> {
    const now = this.now();
    return this.guard(`commit ${commit.article.id}`, () => this.db.transaction((tx) => writeCommit(this.db, tx, commit, now)), commit.article.id);
  }

  async setPublished(articleId: string, published: PublishedDate): Promise<void> {
    const found = await this.db.all('SELECT id FROM articles WHERE id = ?', [articleId]);
    if (!found.length) {
      throw new DossierError('E_NOT_FOUND', `no stored article ${articleId}`, {
        subject: articleId,
        fix: 'List the stored articles (dossier articles) and use one of their ids.',
      });
    }
    await this.db.all('UPDATE articles SET published_date = ?, published_basis = ?, published = ? WHERE id = ?', [
      published.date,
      published.basis,
      JSON.stringify(published),
      articleId,
    ]);
  }

  async listArticles(options: { includeSuperseded?: boolean } = {}): Promise<readonly ArticleSummary[]> {
    const rows = options.includeSuperseded
      ? await this.db.all(`SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY seq`)
      : await this.db.all(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE current = ? ORDER BY seq`, [this.db.bool(true)]);
    return rows.map((r) => toSummary(this.db, r));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    if (!id) return null;
    let [row] = await this.db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
    if (!row) {
      const rows = await this.db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 2`, [id.length, id]);
      if (rows.length > 1) {
        throw new DossierError('E_USAGE', `the id prefix ${id} matches more than one article`, {
          subject: id,
          fix: `Give more characters of the id (e.g. ${String(rows[0]!.id)}).`,
        });
      }
      row = rows[0];
    }
    if (!row) return null;
    return {
      article: toArticle(this.db, row),
      layers: this.db.parseJson<Partial<Layers>>(row.layers),
      diagnostics: this.db.parseJson<Diagnostic[]>(row.diagnostics),
      current: Boolean(row.current),
      ingestedAt: String(row.ingested_at),
    };
  }

  async listEntities(options: { type?: string; limit?: number } = {}): Promise<readonly EntityRecord[]> {
    const where = options.type ? 'WHERE type = ?' : '';
    const rows = await this.db.all(
      `SELECT record FROM entities ${where} ORDER BY mentions DESC, name, id ${limitClause(options.limit)}`,
      options.type ? [options.type] : [],
    );
    return this.records(rows);
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const [row] = await this.db.all('SELECT record FROM entities WHERE id = ?', [id]);
    return row ? this.db.parseJson<EntityRecord>(row.record) : null;
  }

  async findEntities(name: string): Promise<readonly EntityRecord[]> {
    const rows = await this.db.all(
      'SELECT record FROM entities WHERE id IN (SELECT entity FROM entity_names WHERE name = ?) ORDER BY mentions DESC, id',
      [nameKey(name)],
    );
    return this.records(rows);
  }

  async listEvents(filter: EventFilter = {}): Promise<readonly EventRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (filter.entity) add('id IN (SELECT event FROM event_entities WHERE entity = ?)', filter.entity);
    if (filter.article) add('id IN (SELECT event FROM event_articles WHERE article = ?)', filter.article);
    if (filter.type) add('type = ?', filter.type);
    const { start, end } = rangeBounds(filter.from, filter.to);
    if (start) add('date_end >= ?', start);
    if (end) add('date_start <= ?', end);
    const rows = await this.db.all(
      `SELECT record FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, date_end, id ${limitClause(filter.limit)}`,
      params,
    );
    return this.records(rows);
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    const [row] = await this.db.all('SELECT record FROM events WHERE id = ?', [id]);
    return row ? this.db.parseJson<EventRecord>(row.record) : null;
  }

  async listQuotes(options: { speaker?: string; article?: string } = {}): Promise<readonly QuoteRecord[]> {
    const [scope, params] = this.articleScope('q', options.article);
    if (options.speaker) params.push(options.speaker);
    const rows = await this.db.all(
      `SELECT q.record FROM quotes q JOIN articles a ON a.id = q.article WHERE ${scope}
       ${options.speaker ? 'AND EXISTS (SELECT 1 FROM quote_speakers s WHERE s.quote = q.id AND s.speaker = ?)' : ''} ORDER BY a.seq, q.start_offset, q.id`,
      params,
    );
    return this.records(rows);
  }

  async listMentions(filter: MentionFilter = {}): Promise<readonly EntityMentionRecord[]> {
    const [scope, params] = this.articleScope('m', filter.article);
    if (filter.entity) params.push(filter.entity);
    const rows = await this.db.all(
      `SELECT m.article, m.start_offset, m.end_offset, m.entity, m.form FROM mentions m JOIN articles a ON a.id = m.article
       WHERE ${scope} ${filter.entity ? 'AND m.entity = ?' : ''} ORDER BY a.seq, m.start_offset, m.end_offset, m.entity`,
      params,
    );
    return rows.map((r) => ({
      article: String(r.article),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      entity: String(r.entity),
      form: String(r.form),
    }));
  }

  async listContradictions(options: { event?: string } = {}): Promise<readonly Contradiction[]> {
    const rows = options.event
      ? await this.db.all('SELECT record FROM contradictions WHERE event = ? ORDER BY id', [options.event])
      : await this.db.all('SELECT record FROM contradictions ORDER BY id');
    return this.records(rows);
  }

  async listStories(): Promise<readonly StoryRecord[]> {
    return this.records(await this.db.all('SELECT record FROM stories ORDER BY id'));
  }

  async search(query: string, options: { limit?: number } = {}): Promise<readonly SearchHit[]> {
    const parsed = parseQuery(query);
    if (!parsed.length) return [];
    const rows = await this.guard('search', () => this.db.search(parsed, options.limit ?? SEARCH_LIMIT));
    return rows.map((r) => {
      const matches = matchSpans(r.text, r.marked, parsed);
      const first = matches[0]!;
      return { article: r.id, title: r.title, snippet: snippetAround(r.text, first), start: first.start, end: first.end, score: r.score, matches };
    });
  }

  async duplicatesOf(id: string): Promise<readonly string[]> {
    const rows = await this.db.all<{ id: string }>('SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq', [id]);
    return rows.map((r) => r.id);
  }

  /** Rows of one article whether current or not, or of every current article. */
  private articleScope(alias: string, article: string | undefined): [string, unknown[]] {
    return article ? [`${alias}.article = ?`, [article]] : ['a.current = ?', [this.db.bool(true)]];
  }

  private records<T>(rows: readonly Row[]): T[] {
    return rows.map((r) => this.db.parseJson<T>(r.record));
  }

  private async recordsByIndex<T>(table: string, index: string, owner: string, column: string, values: readonly string[]): Promise<T[]> {
    const rows = await this.byList<Row>(
      (m) => `SELECT id, record FROM ${table} WHERE id IN (SELECT ${owner} FROM ${index} WHERE ${column} IN (${m}))`,
      values,
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return [...byId.keys()].sort().map((id) => this.db.parseJson<T>(byId.get(id)!.record));
  }

  /** Runs a query once per chunk of a long `IN (…)` list and concatenates the rows. */
  private async byList<T>(sql: (marks: string) => string, values: readonly string[], extra: readonly unknown[] = []): Promise<T[]> {
    const out: T[] = [];
    for (const part of chunks([...new Set(values)], 500)) out.push(...(await this.db.all<T>(sql(marks(part.length)), [...part, ...extra])));
    return out;
  }

  /** Turns a database failure into a DossierError naming the store and what was being done. */
  private async guard<T>(what: string, fn: () => Promise<T>, subject?: string): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof DossierError) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw new DossierError('E_STORE', `${what} failed in ${this.db.location}: ${message}`, {
        subject: subject ?? this.db.location,
        cause: e,
        fix: 'Nothing of this operation was written. Check that the store is reachable, writable and has free space, then retry; if it keeps failing, report the message.',
      });
    }
  }
}

function limitClause(limit: number | undefined): string {
  return limit !== undefined && Number.isInteger(limit) && limit >= 0 ? `LIMIT ${limit}` : '';
}
