import type { Article, PublishedDate } from '../core/article.ts';
import type {
  Contradiction,
  EntityMentionRecord,
  EntityRecord,
  EventRecord,
  QuoteRecord,
  StoryRecord,
} from '../core/corpus.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Layers } from '../core/layers.ts';

/**
 * The store: one interface, implemented by SQLite (default, in-process) and PostgreSQL.
 * Every method is async so either backend fits. Callers never see SQL.
 *
 * Writes happen per article in one transaction (`commitArticle`): the database is never left
 * half-written. Corpus-level stages read candidates by key (`entitiesByKeys`, `eventsByKeys`,
 * `storiesByKeys`) so adding one article never reprocesses the corpus.
 */
export interface ArticleSummary {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: PublishedDate;
  readonly language: string;
  /** False for an older version of an edited source. */
  readonly current: boolean;
  readonly ingestedAt: string;
  readonly chars: number;
}

export interface StoredArticle {
  readonly article: Article;
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
  readonly current: boolean;
  readonly ingestedAt: string;
}

/** Everything one article adds to the store, written atomically. */
export interface ArticleCommit {
  readonly article: Article;
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The id of the previous version of the same source, now superseded; null if none. The store
   * keeps it (not current) and takes it out of every story; the caller withdraws its entity and
   * event contributions in `entities`/`removedEntities` and `events`/`removedEvents`
   * (`src/resolve/withdraw.ts`, fuse's `withdrawArticle`). Its own id re-commits it in place.
   */
  readonly supersedes: string | null;
  /** Entity records created or updated by `resolve` (full records; replace by id). */
  readonly entities: readonly EntityRecord[];
  /** Entity ids merged away by `resolve` (their records are deleted). */
  readonly removedEntities: readonly string[];
  readonly mentions: readonly EntityMentionRecord[];
  /** Event records created or updated by `fuse` (full records; replace by id). */
  readonly events: readonly EventRecord[];
  /** Event ids merged away by `fuse`. */
  readonly removedEvents: readonly string[];
  /** Contradictions for the events touched: replace all contradictions of these events. */
  readonly contradictions: readonly Contradiction[];
  readonly touchedEvents: readonly string[];
  readonly quotes: readonly QuoteRecord[];
  readonly story: StoryRecord | null;
  /** Near-duplicate link: this article is a copy of `canonical` (syndication), or null. */
  readonly duplicateOf: string | null;
  /** The signature used for near-duplicate detection, stored with the article. */
  readonly signature: readonly number[] | null;
  /**
   * The LSH band keys of `signature`, as later passed to `articlesBySignatureBands`. When absent,
   * the store derives them with fuse's `bandKeys(signature)` (src/fuse/minhash.ts), the same keys
   * `integrate` looks up with; pass them only when looking up with other keys.
   */
  readonly bands?: readonly string[];
  /**
   * Where each removed entity went (`removed id → surviving id`). When given, stored mentions and
   * quote speakers (primary or not) of a removed entity are re-pointed at the survivor; otherwise they keep the old id.
   */
  readonly mergedInto?: Readonly<Record<string, string>>;
}

export interface EventFilter {
  /** An entity id among the event's actors, targets or place. */
  readonly entity?: string;
  /**
   * Inclusive bounds, each an ISO prefix (`2024`, `2024-06`, `2024-06-18`). Every date is an
   * interval of days at its precision (`2024` = 2024-01-01…2024-12-31; `from` counts from the
   * first day of its interval, `to` up to the last day of its interval). An event is in range
   * when its interval OVERLAPS [from, to]: with from=2024-06 and to=2024-12, an event dated
   * `2024` (somewhere that year) and one dated `2024-06-18` are both in; one dated `2025` is not.
   * Undated events are left out whenever `from` or `to` is given. A bound that is not such a
   * prefix throws DossierError E_DATE. Results are ordered by start day (undated last), then id.
   */
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly article?: string;
  readonly limit?: number;
}

export interface SearchHit {
  readonly article: string;
  readonly title: string | null;
  readonly snippet: string;
  readonly start: number;
  readonly end: number;
  /** Higher is better; comparable within one result list only (bm25 on SQLite, ts_rank_cd on PostgreSQL). */
  readonly score: number;
  /** Every highlighted match in the text (the first is `start`/`end`). */
  readonly matches?: readonly { readonly start: number; readonly end: number }[];
}

export interface MentionFilter {
  readonly article?: string;
  readonly entity?: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations; idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // ingest
  articleIdByHash(contentHash: string): Promise<string | null>;
  currentArticleBySource(source: string): Promise<ArticleSummary | null>;
  /** Near-duplicate candidates: current articles sharing any LSH band key, by id. */
  articlesBySignatureBands(bands: readonly string[]): Promise<readonly { id: string; signature: readonly number[] }[]>;

  // corpus-stage candidate reads
  entitiesByKeys(keys: readonly string[]): Promise<readonly EntityRecord[]>;
  eventsByKeys(keys: readonly string[]): Promise<readonly EventRecord[]>;
  storiesByKeys(keys: readonly string[]): Promise<readonly StoryRecord[]>;
  /** Records that hold a mention from this article (to withdraw a superseded version's contributions). */
  eventsByArticle(articleId: string): Promise<readonly EventRecord[]>;
  entitiesByArticle(articleId: string): Promise<readonly EntityRecord[]>;
  /** Records with a link (`links[].target`) to any of these entity ids. */
  entitiesLinkingTo(ids: readonly string[]): Promise<readonly EntityRecord[]>;

  commitArticle(commit: ArticleCommit): Promise<void>;
  /** Replaces an article's publication date (e.g. the user supplies it later). */
  setPublished(articleId: string, published: PublishedDate): Promise<void>;

  // queries
  listArticles(options?: { includeSuperseded?: boolean }): Promise<readonly ArticleSummary[]>;
  /** By full id, or by a unique id prefix. An ambiguous prefix throws DossierError E_USAGE. */
  getArticle(id: string): Promise<StoredArticle | null>;
  listEntities(options?: { type?: string; limit?: number }): Promise<readonly EntityRecord[]>;
  getEntity(id: string): Promise<EntityRecord | null>;
  /** Finds entities by canonical name or alias, case-insensitively. */
  findEntities(name: string): Promise<readonly EntityRecord[]>;
  listEvents(filter?: EventFilter): Promise<readonly EventRecord[]>;
  getEvent(id: string): Promise<EventRecord | null>;
  /**
   * Quotes of current articles; with `article`, that article's quotes whether current or not; with
   * `speaker`, the quotes that speaker is any of the `speakers` of ("Putin and Kim vowed" is Kim's too).
   */
  listQuotes(options?: { speaker?: string; article?: string }): Promise<readonly QuoteRecord[]>;
  listContradictions(options?: { event?: string }): Promise<readonly Contradiction[]>;
  /** Resolved entity mentions of current articles (or of `article`, current or not), by ingest then offset order. */
  listMentions(filter?: MentionFilter): Promise<readonly EntityMentionRecord[]>;
  listStories(): Promise<readonly StoryRecord[]>;
  /**
   * Full-text search over the clean text of current articles (SQLite FTS5; PostgreSQL tsvector),
   * best first. Words must all occur; "quoted phrases" must occur in order; OR between groups.
   */
  search(query: string, options?: { limit?: number }): Promise<readonly SearchHit[]>;
  /** Ids and signatures of articles linked as duplicates of `id`. */
  duplicatesOf(id: string): Promise<readonly string[]>;
}
