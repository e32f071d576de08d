import type { ParsedQuery } from '../search-text.ts';

/**
 * What the shared SQL store needs from a database: statements with `?` placeholders (PostgreSQL
 * rewrites them to `$n`), transactions, migrations, and the two things that differ by dialect:
 * full-text indexing and search.
 */
export type Row = Record<string, unknown>;

/** A statement with `?` placeholders and its parameters. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface SqlExec {
  /** Runs one statement and returns its rows (empty for statements without results). */
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Runs write statements in order, stopping at the first failure. PostgreSQL sends them in one
   * round trip (the cost of a commit is mostly round trips); SQLite runs them one by one.
   */
  batch(statements: readonly Statement[]): Promise<void>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** One schema change. Versions are applied in ascending order, each in its own transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

/** A search row before offsets are computed: the backend's highlighted copy of the text. */
export interface SearchRow {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly marked: string;
  readonly score: number;
}

export interface SqlBackend extends SqlExec {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the database is, for error messages (a path or a URL without password). */
  readonly location: string;
  readonly migrations: readonly Migration[];
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExec) => Promise<T>): Promise<T>;
  /** Serialises concurrent migrators inside a migration transaction (PostgreSQL advisory lock). */
  lockMigrations(tx: SqlExec): Promise<void>;
  /** A boolean parameter value (SQLite stores 0/1). */
  bool(value: boolean): unknown;
  /** A stored JSON column value as read back (text on SQLite, parsed JSONB on PostgreSQL). */
  parseJson<T>(value: unknown): T;
  /** Keeps the full-text index in step with an article's text (`previous` is its old text on a re-commit). */
  indexText(tx: SqlExec, seq: number, text: string, previous: string | null): Promise<void>;
  search(query: ParsedQuery, limit: number): Promise<SearchRow[]>;
  close(): Promise<void>;
}
