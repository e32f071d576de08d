import Database from 'better-sqlite3';
import type { ParsedQuery } from '../search-text.ts';
import { MARK_END, MARK_START } from '../search-text.ts';
import type { Migration, Row, SearchRow, SqlBackend, SqlExec, Statement } from '../sql/backend.ts';
import { SQLITE_MIGRATIONS } from './migrations.ts';

/** Prepared statements kept per connection (a commit uses about 30 distinct texts). */
const STATEMENT_CACHE = 256;

/**
 * better-sqlite3 behind the async `SqlBackend`. The connection is synchronous, so an async
 * transaction would let another caller's statements run inside it between awaits; every
 * operation therefore queues behind the previous one (one writer, in order).
 */
export class SqliteBackend implements SqlBackend {
  readonly kind = 'sqlite' as const;
  readonly migrations: readonly Migration[] = SQLITE_MIGRATIONS;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExec;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    db.pragma('foreign_keys = ON');
    if (location !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    this.direct = {
      all: async <T = Row>(sql: string, params: readonly unknown[] = []) => this.run<T>(sql, params),
      exec: async (script: string) => {
        this.db.exec(script);
      },
      batch: async (statements: readonly Statement[]) => {
        for (const st of statements) this.run(st.sql, st.params);
      },
    };
  }

  all<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.serial(() => this.direct.all<T>(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.serial(() => this.direct.exec(script));
  }

  batch(statements: readonly Statement[]): Promise<void> {
    return this.serial(() => this.direct.batch(statements));
  }

  transaction<T>(fn: (tx: SqlExec) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  async lockMigrations(): Promise<void> {
    // BEGIN IMMEDIATE already holds the database's write lock.
  }

  bool(value: boolean): number {
    return value ? 1 : 0;
  }

  parseJson<T>(value: unknown): T {
    return (typeof value === 'string' ? JSON.parse(value) : value) as T;
  }

  async indexText(tx: SqlExec, seq: number, text: string, previous: string | null): Promise<void> {
    if (previous !== null) await tx.all(`INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', ?, ?)`, [seq, previous]);
    await tx.all('INSERT INTO articles_fts (rowid, text) VALUES (?, ?)', [seq, text]);
  }

  search(query: ParsedQuery, limit: number): Promise<SearchRow[]> {
    // Each phrase is a quoted FTS5 string (tokenized like the text), so no input is a syntax error.
    const match = query.map((group) => group.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ')).join(' OR ');
    return this.all<SearchRow>(
      `SELECT a.id AS id, a.title AS title, a.text AS text, -bm25(articles_fts) AS score,
              highlight(articles_fts, 0, ?, ?) AS marked
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? AND a.current = 1
       ORDER BY bm25(articles_fts), a.id LIMIT ?`,
      [MARK_START, MARK_END, match, limit],
    );
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.db.close();
  }

  private run<T>(sql: string, params: readonly unknown[]): T[] {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      // Multi-row inserts make one statement text per row count: keep the cache bounded (oldest out).
      if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, stmt);
    }
    const values = params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));
    if (stmt.reader) return stmt.all(...values) as T[];
    stmt.run(...values);
    return [];
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
