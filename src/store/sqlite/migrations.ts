import type { Migration } from '../sql/backend.ts';

/**
 * The SQLite schema, as ordered migrations. Never edit an applied migration: add a new version.
 * Queried fields are columns (ids, keys, dates, article ids); nested parts are JSON text.
 * Index tables (`*_keys`, `*_articles`, `event_entities`, `entity_names`) are rewritten with their
 * record on every upsert and cascade away when the record is deleted.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, near-duplicate bands',
    up: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  current INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
  superseded_by TEXT REFERENCES articles(id),
  title TEXT,
  outlet TEXT,
  language TEXT NOT NULL,
  published_date TEXT,
  published_basis TEXT NOT NULL,
  published TEXT NOT NULL,
  metadata TEXT NOT NULL,
  text TEXT NOT NULL,
  chars INTEGER NOT NULL,
  removed TEXT NOT NULL,
  layers TEXT NOT NULL,
  diagnostics TEXT NOT NULL,
  signature TEXT,
  duplicate_of TEXT REFERENCES articles(id),
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_source ON articles (source, current);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_published ON articles (published_date);
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE signature_bands (
  band TEXT NOT NULL,
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article)
) WITHOUT ROWID;
CREATE INDEX signature_bands_article ON signature_bands (article);
`,
  },
  {
    version: 2,
    name: 'entities, mentions, quotes',
    up: `
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX entities_type ON entities (type);
CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys (entity);
CREATE TABLE entity_names (
  name TEXT NOT NULL,
  entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (name, entity)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names (entity);
CREATE TABLE entity_articles (
  entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  article TEXT NOT NULL,
  PRIMARY KEY (entity, article)
) WITHOUT ROWID;
CREATE INDEX entity_articles_article ON entity_articles (article);
CREATE TABLE mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  entity TEXT NOT NULL,
  form TEXT NOT NULL,
  PRIMARY KEY (article, start_offset, end_offset, entity)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article, start_offset);
CREATE INDEX quotes_speaker ON quotes (speaker);
`,
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
  record TEXT NOT NULL
);
CREATE INDEX events_dates ON events (date_start, date_end);
CREATE INDEX events_type ON events (type);
CREATE TABLE event_keys (
  key TEXT NOT NULL,
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (key, event)
) WITHOUT ROWID;
CREATE INDEX event_keys_event ON event_keys (event);
CREATE TABLE event_articles (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  article TEXT NOT NULL,
  PRIMARY KEY (event, article)
) WITHOUT ROWID;
CREATE INDEX event_articles_article ON event_articles (article);
CREATE TABLE event_entities (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  PRIMARY KEY (event, entity)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities (entity);
CREATE TABLE contradictions (
  id TEXT PRIMARY KEY,
  event TEXT,
  about TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX contradictions_event ON contradictions (event);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE story_keys (
  key TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  PRIMARY KEY (key, story)
) WITHOUT ROWID;
CREATE INDEX story_keys_story ON story_keys (story);
CREATE TABLE story_articles (
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article TEXT NOT NULL,
  PRIMARY KEY (story, article)
) WITHOUT ROWID;
CREATE INDEX story_articles_article ON story_articles (article);
`,
  },
];
