import type { Migration } from './backend.ts';

/**
 * The schema, written once for both backends as ordered migrations. Queried fields are columns
 * (ids, keys, dates, article ids); nested parts are JSON. Index tables (`*_keys`, `*_articles`,
 * `event_entities`, `entity_names`) are rewritten with their record on every upsert and cascade
 * away when the record is deleted. Never edit an applied migration: append a new version.
 */
export interface DdlDialect {
  /** Column type for JSON documents. */
  readonly json: 'TEXT' | 'JSONB';
  readonly bool: 'INTEGER' | 'BOOLEAN';
  readonly boolTrue: '1' | 'TRUE';
  /** The article sequence column (ingest order; the full-text index's row id on SQLite). */
  readonly seq: string;
  /** Suffix for tables keyed entirely by their primary key. */
  readonly keyed: string;
  /** Full-text search: statements run before the tables, an extra `articles` column, statements after. */
  readonly fts: { readonly before: string; readonly column: string; readonly after: string };
  /** A `SELECT entity, target` over every stored entity record's `links[].target` (to backfill `entity_links`). */
  readonly linkTargets: string;
  /** An `UPDATE quotes …` giving every stored quote record a `speakers` list of its one `speaker` (or none). */
  readonly quoteSpeakers: string;
}

/** A two-column index table `(owner, value)` pointing at a record table. */
function indexTable(d: DdlDialect, table: string, owner: string, ownerTable: string, value: string): string {
  return `
CREATE TABLE ${table} (
  ${owner} TEXT NOT NULL REFERENCES ${ownerTable}(id) ON DELETE CASCADE,
  ${value} TEXT NOT NULL,
  PRIMARY KEY (${owner}, ${value})
)${d.keyed};
CREATE INDEX ${table}_${value} ON ${table} (${value});`;
}

export function schemaMigrations(d: DdlDialect): Migration[] {
  return [
    {
      version: 1,
      name: 'articles, full-text index, near-duplicate bands',
      up: `${d.fts.before}
CREATE TABLE articles (
  seq ${d.seq},
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  current ${d.bool} NOT NULL DEFAULT ${d.boolTrue},
  superseded_by TEXT REFERENCES articles(id),
  title TEXT,
  outlet TEXT,
  language TEXT NOT NULL,
  published_date TEXT,
  published_basis TEXT NOT NULL,
  published ${d.json} NOT NULL,
  metadata ${d.json} NOT NULL,
  text TEXT NOT NULL,
  chars INTEGER NOT NULL,
  removed ${d.json} NOT NULL,
  layers ${d.json} NOT NULL,
  diagnostics ${d.json} NOT NULL,
  signature ${d.json},
  duplicate_of TEXT REFERENCES articles(id),
  ingested_at TEXT NOT NULL${d.fts.column}
);
CREATE INDEX articles_source ON articles (source, current);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_published ON articles (published_date);
${indexTable(d, 'signature_bands', 'article', 'articles', 'band')}
${d.fts.after}`,
    },
    {
      version: 2,
      name: 'entities, mentions, quotes',
      up: `
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, record ${d.json} NOT NULL);
CREATE INDEX entities_type ON entities (type);
${indexTable(d, 'entity_keys', 'entity', 'entities', 'key')}
${indexTable(d, 'entity_names', 'entity', 'entities', 'name')}
${indexTable(d, 'entity_articles', 'entity', 'entities', 'article')}
CREATE TABLE mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  entity TEXT NOT NULL,
  form TEXT NOT NULL,
  PRIMARY KEY (article, start_offset, end_offset, entity)
)${d.keyed};
CREATE INDEX mentions_entity ON mentions (entity);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  record ${d.json} NOT NULL
);
CREATE INDEX quotes_article ON quotes (article, start_offset);
CREATE INDEX quotes_speaker ON quotes (speaker);`,
    },
    {
      version: 3,
      name: 'events, contradictions, stories',
      up: `
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  date TEXT,
  precision TEXT,
  date_start TEXT,
  date_end TEXT,
  record ${d.json} NOT NULL
);
CREATE INDEX events_dates ON events (date_start, date_end);
CREATE INDEX events_type ON events (type);
${indexTable(d, 'event_keys', 'event', 'events', 'key')}
${indexTable(d, 'event_articles', 'event', 'events', 'article')}
${indexTable(d, 'event_entities', 'event', 'events', 'entity')}
CREATE TABLE contradictions (id TEXT PRIMARY KEY, event TEXT, about TEXT NOT NULL, record ${d.json} NOT NULL);
CREATE INDEX contradictions_event ON contradictions (event);
CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT NOT NULL, record ${d.json} NOT NULL);
${indexTable(d, 'story_keys', 'story', 'stories', 'key')}
${indexTable(d, 'story_articles', 'story', 'stories', 'article')}`,
    },
    {
      version: 4,
      name: 'entity link targets (to keep a link target while something links to it)',
      up: `${indexTable(d, 'entity_links', 'entity', 'entities', 'target')}
INSERT INTO entity_links (entity, target) ${d.linkTargets} ON CONFLICT DO NOTHING;`,
    },
    {
      version: 5,
      name: 'every speaker of a quote (quote_speakers; records gain `speakers`)',
      up: `${indexTable(d, 'quote_speakers', 'quote', 'quotes', 'speaker')}
INSERT INTO quote_speakers (quote, speaker) SELECT id, speaker FROM quotes WHERE speaker IS NOT NULL ON CONFLICT DO NOTHING;
${d.quoteSpeakers};`,
    },
  ];
}
