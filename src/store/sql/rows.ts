import type { Article, PublishedDate, RawFormat, MetadataSource } from '../../core/article.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { ArticleSummary } from '../types.ts';
import type { Row, SqlBackend } from './backend.ts';

/** The article fields kept together as one JSON column (never queried by value). */
export interface ArticleMetadata {
  readonly format: RawFormat;
  readonly authors: readonly string[];
  readonly modified: string | null;
  readonly canonicalUrl: string | null;
  readonly metadataSources: Readonly<Record<string, MetadataSource>>;
  readonly diagnostics: readonly Diagnostic[];
}

export function articleMetadata(a: Article): ArticleMetadata {
  return {
    format: a.format,
    authors: a.authors,
    modified: a.modified,
    canonicalUrl: a.canonicalUrl,
    metadataSources: a.metadataSources,
    diagnostics: a.diagnostics,
  };
}

/** Columns read for an `ArticleSummary`. */
export const SUMMARY_COLUMNS = 'id, source, title, outlet, published, language, current, ingested_at, chars';

export function toSummary(db: SqlBackend, r: Row): ArticleSummary {
  return {
    id: String(r.id),
    source: String(r.source),
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: db.parseJson<PublishedDate>(r.published),
    language: String(r.language),
    current: Boolean(r.current),
    ingestedAt: String(r.ingested_at),
    chars: Number(r.chars),
  };
}

/** Columns read for a `StoredArticle` (not the PostgreSQL tsvector). */
export const ARTICLE_COLUMNS =
  'id, source, content_hash, title, outlet, language, published, metadata, text, removed, layers, diagnostics, current, ingested_at';

export function toArticle(db: SqlBackend, r: Row): Article {
  const meta = db.parseJson<ArticleMetadata>(r.metadata);
  return {
    id: String(r.id),
    source: String(r.source),
    contentHash: String(r.content_hash),
    format: meta.format,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    authors: meta.authors,
    published: db.parseJson<PublishedDate>(r.published),
    modified: meta.modified,
    language: String(r.language),
    canonicalUrl: meta.canonicalUrl,
    text: String(r.text),
    removed: db.parseJson(r.removed),
    metadataSources: meta.metadataSources,
    diagnostics: meta.diagnostics,
  };
}

/** `?, ?, ?` for n values. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Splits long `IN (…)` lists and multi-row inserts so no statement exceeds parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Case- and width-insensitive form of a name for `findEntities`. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Keeps the last item for each id (a multi-row upsert cannot touch one row twice). */
export function lastById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((x) => [x.id, x])).values()];
}
