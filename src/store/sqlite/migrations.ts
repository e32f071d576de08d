import type { Migration } from '../sql/backend.ts';
import { schemaMigrations } from '../sql/schema.ts';

/**
 * SQLite: JSON as text, booleans as 0/1, and an external-content FTS5 table over `articles.text`
 * keyed by `seq` (written by the backend's `indexText`). Unicode-aware tokens with diacritics
 * folded, then English (Porter) stemming.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = schemaMigrations({
  json: 'TEXT',
  bool: 'INTEGER',
  boolTrue: '1',
  seq: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  keyed: ' WITHOUT ROWID',
  linkTargets: "SELECT e.id, json_extract(l.value, '$.target') FROM entities e, json_each(e.record, '$.links') l WHERE json_extract(l.value, '$.target') IS NOT NULL",
  quoteSpeakers: "UPDATE quotes SET record = json_set(record, '$.speakers', CASE WHEN speaker IS NULL THEN json('[]') ELSE json_array(speaker) END)",
  fts: {
    before: '',
    column: '',
    after: `CREATE VIRTUAL TABLE articles_fts USING fts5 (
  text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);`,
  },
});
