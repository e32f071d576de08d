import pg from 'pg';
import { DossierError } from '../../core/errors.ts';
import type { ParsedQuery } from '../search-text.ts';
import { MARK_END, MARK_START } from '../search-text.ts';
import type { Migration, Row, SearchRow, SqlBackend, SqlExec, Statement } from '../sql/backend.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';

/** Advisory lock key serialising migrations across processes ('doss' in ASCII). */
const MIGRATION_LOCK = 0x646f7373;
/** Connections per store: enough for the HTTP server's concurrent reads; commits take one each. */
const POOL_SIZE = 8;
/** Error codes meaning the server or database is not there (node network errors and PostgreSQL SQLSTATEs). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', '3D000', '28P01', '28000', '57P03']);

/** `?` placeholders → `$1, $2, …` (the shared SQL never holds a literal `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A parameter as an SQL literal, for batches sent as one simple-protocol query. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot store the number ${value}`);
    return String(value);
  }
  return pg.escapeLiteral(String(value));
}

/** Statements joined into one script with their parameters inlined as escaped literals. */
function inlined(statements: readonly Statement[]): string {
  return statements
    .map((st) => {
      let i = 0;
      return st.sql.replace(/\?/g, () => literal(st.params[i++]));
    })
    .join(';\n');
}

function execOn(client: pg.Pool | pg.PoolClient, fail: (e: unknown) => never): SqlExec {
  return {
    all: async <T = Row>(sql: string, params: readonly unknown[] = []) => {
      try {
        return (await client.query(numbered(sql), params as unknown[])).rows as T[];
      } catch (e) {
        return fail(e);
      }
    },
    exec: async (script: string) => {
      try {
        await client.query(script);
      } catch (e) {
        fail(e);
      }
    },
    batch: async (statements: readonly Statement[]) => {
      if (!statements.length) return;
      try {
        await client.query(inlined(statements));
      } catch (e) {
        fail(e);
      }
    },
  };
}

/** PostgreSQL through a `pg` pool; each transaction holds one pooled connection. */
export class PostgresBackend implements SqlBackend {
  readonly kind = 'postgres' as const;
  readonly migrations: readonly Migration[] = POSTGRES_MIGRATIONS;
  private readonly pool: pg.Pool;
  private readonly direct: SqlExec;

  constructor(
    url: string,
    readonly location: string,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 10_000 });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.direct = execOn(this.pool, (e) => this.fail(e));
  }

  all<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.direct.all<T>(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.direct.exec(script);
  }

  batch(statements: readonly Statement[]): Promise<void> {
    return this.direct.batch(statements);
  }

  async transaction<T>(fn: (tx: SqlExec) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      return this.fail(e);
    }
    const tx = execOn(client, (e) => this.fail(e));
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async lockMigrations(tx: SqlExec): Promise<void> {
    await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
  }

  bool(value: boolean): boolean {
    return value;
  }

  parseJson<T>(value: unknown): T {
    return value as T;
  }

  async indexText(): Promise<void> {
    // `articles.tsv` is a generated column: PostgreSQL indexes the text itself.
  }

  search(query: ParsedQuery, limit: number): Promise<SearchRow[]> {
    const params: unknown[] = [];
    const tsquery = query
      .map((group) => `(${group.map((p) => (params.push(p), `phraseto_tsquery('dossier_text', ?)`)).join(' && ')})`)
      .join(' || ');
    const options = `HighlightAll=true, StartSel="${MARK_START}", StopSel="${MARK_END}"`;
    // Rank and limit first, then highlight only the rows returned (ts_headline re-parses the text).
    return this.all<SearchRow>(
      `SELECT a.id, a.title, a.text, s.score, ts_headline('dossier_text', a.text, s.query, ?) AS marked
       FROM (
         SELECT a.seq, q.query, ts_rank_cd(a.tsv, q.query) AS score
         FROM articles a, (SELECT ${tsquery} AS query) q
         WHERE a.tsv @@ q.query AND a.current
         ORDER BY score DESC, a.id LIMIT ${Math.max(0, Math.floor(limit))}
       ) s JOIN articles a ON a.seq = s.seq
       ORDER BY s.score DESC, a.id`,
      [options, ...params],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Unreachable server or database → E_SERVICE naming the fix; anything else propagates. */
  private fail(e: unknown): never {
    const code = (e as { code?: string } | null)?.code;
    if (code && UNREACHABLE.has(code)) {
      throw new DossierError('E_SERVICE', `PostgreSQL at ${this.location} is unreachable: ${(e as Error).message || code}`, {
        subject: this.location,
        cause: e,
        fix: 'Start PostgreSQL, check the host, port, user and database in the URL (the database must exist), or use a SQLite path instead.',
      });
    }
    throw e;
  }
}

/** The URL with any password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
