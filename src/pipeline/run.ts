import type { Article, RawDocument } from '../core/article.ts';
import type { Pipeline } from '../core/component.ts';
import { DossierError, toDossierError } from '../core/errors.ts';
import { ingest, type IngestOptions } from '../ingest/index.ts';
import type { Store } from '../store/types.ts';
import { defaultPipeline } from './components.ts';
import { integrate } from './integrate.ts';
import { inferCorpusDates } from './corpus-dates.ts';
import { processRaw, redate } from './process.ts';
import { matchArticle, parseDatesFile, type DateEntry } from './dates-file.ts';
import { readFile } from 'node:fs/promises';

export interface Failure {
  readonly subject: string;
  readonly code: string;
  readonly message: string;
  readonly fix: string;
}

export interface RunSummary {
  /** New articles (including new versions of an edited source). */
  readonly ingested: number;
  /** New versions that superseded an older version of the same source. */
  readonly updated: number;
  /** Content already stored (same content hash): skipped. */
  readonly duplicates: number;
  /** Stored articles whose publication date the user supplied in this run: dates recomputed. */
  readonly redated: number;
  /** Undated articles whose inferred date changed from the corpus after this batch (src/pipeline/corpus-dates.ts). */
  readonly corpusDated: number;
  readonly failed: readonly Failure[];
  /** Files in the given directories passed over for an unsupported extension. */
  readonly skipped: number;
  readonly articles: readonly string[];
}

export interface Progress {
  readonly done: number;
  readonly total: number | null;
  readonly elapsedMs: number;
}

export interface RunOptions extends IngestOptions {
  readonly pipeline?: Pipeline;
  readonly onProgress?: (p: Progress) => void;
  /** Injected clock for progress (tests); defaults to `performance.now`. */
  readonly now?: () => number;
}

type Outcome = { kind: 'ingested'; id: string; updated: boolean } | { kind: 'duplicate'; id: string } | { kind: 'redated'; id: string };

/**
 * Ingests sources into the store, one article at a time, each committed atomically. A failing
 * source becomes a `Failure` and the batch goes on.
 */
export async function runIngest(store: Store, inputs: readonly string[], options: RunOptions = {}): Promise<RunSummary> {
  const pipeline = options.pipeline ?? defaultPipeline();
  const now = options.now ?? (() => performance.now());
  const started = now();
  let total: number | null = null;
  let done = 0;
  let ingested = 0;
  let updated = 0;
  let duplicates = 0;
  let redated = 0;
  let skipped = 0;
  const failed: Failure[] = [];
  const articles: string[] = [];
  const tick = () => options.onProgress?.({ done, total, elapsedMs: now() - started });

  for await (const item of ingest(inputs, options)) {
    switch (item.kind) {
      case 'planned':
        total = item.total;
        skipped = item.skipped ?? skipped;
        tick();
        continue;
      case 'failure':
        failed.push(failureOf(item.error, item.subject));
        break;
      case 'document':
        try {
          const outcome = await ingestOne(store, item.doc, pipeline);
          articles.push(outcome.id);
          if (outcome.kind === 'duplicate') duplicates++;
          else if (outcome.kind === 'redated') redated++;
          else {
            ingested++;
            if (outcome.updated) updated++;
          }
        } catch (e) {
          failed.push(failureOf(toDossierError(e, item.doc.source), item.doc.source));
        }
        break;
    }
    done++;
    if (total !== null && done > total) total = done;
    tick();
  }
  // Undated articles: narrow their dates from the corpus now that the batch is in (a no-op when nothing changes).
  // A batch of new articles scopes the occasion passes to its neighbourhood; one that replaced or
  // re-dated stored articles (whose old mentions leave records untraced) has them read the corpus.
  const corpusDated = (await inferCorpusDates(store, pipeline, updated || redated ? undefined : articles)).length;
  return { ingested, updated, duplicates, redated, corpusDated, failed, skipped, articles };
}

async function ingestOne(store: Store, raw: RawDocument, pipeline: Pipeline): Promise<Outcome> {
  const existing = await store.articleIdByHash(raw.contentHash);
  if (existing) {
    const userDate = raw.hints.publishedSource === 'user' ? raw.hints.published : undefined;
    const stored = userDate ? await store.getArticle(existing) : null;
    if (!stored || !userDate || stored.article.published.date === userDate) return { kind: 'duplicate', id: existing };
    // Same content, but the user now supplies its date: recompute every date that depends on it.
    await redateStored(store, stored.article, userDate, pipeline);
    return { kind: 'redated', id: existing };
  }
  const processed = processRaw(raw, pipeline);
  if (processed.kind === 'rejected') {
    const reason = processed.diagnostics.find((d) => d.severity === 'error') ?? processed.diagnostics[0];
    throw new DossierError('E_NO_CONTENT', reason ? reason.message : 'no article content', {
      subject: raw.source,
      fix: 'Check that the page is an article (not an index page, a login wall or an error page); nothing was stored for it.',
    });
  }
  const previous = await store.currentArticleBySource(raw.source);
  const supersedes = previous && previous.id !== processed.doc.article.id ? previous.id : null;
  // A date the user gave an earlier version of this source still wins over the new version's metadata, unless this ingest supplies one.
  const kept = supersedes && previous!.published.basis === 'user' && previous!.published.date && raw.hints.publishedSource !== 'user' ? previous!.published.date : null;
  const doc = kept ? redate(processed.doc.article, kept, pipeline) : processed.doc;
  await store.commitArticle(await integrate(store, doc, supersedes));
  return { kind: 'ingested', id: processed.doc.article.id, updated: supersedes !== null };
}

/** Re-runs a stored article's stages with a user-supplied date and commits it in place of itself. */
export async function redateStored(store: Store, article: Article, date: string, pipeline: Pipeline): Promise<void> {
  await store.commitArticle(await integrate(store, redate(article, date, pipeline), article.id));
}

/** Reads a dates file (see dates-file.ts) and applies it. */
export async function applyDatesFile(
  store: Store,
  path: string,
  pipeline: Pipeline,
  check: (date: string, key: string) => string,
): Promise<DatesApplied> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (e) {
    throw new DossierError('E_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, { subject: path, fix: 'Check the path of the dates file.' });
  }
  return applyDates(store, parseDatesFile(content, path), pipeline, check);
}

export interface DatesApplied {
  /** Articles whose date changed: `[article id, date]`. */
  readonly redated: readonly (readonly [string, string])[];
  /** Already carried that date. */
  readonly unchanged: number;
  /** Keys that named no stored article. */
  readonly unmatched: readonly string[];
}

/**
 * Applies user-supplied publication dates (from `dossier date --file` or `demo --dates`): each
 * matching current article is re-dated and its dependent dates recomputed. Dates are checked by
 * `check` (the CLI's date parser) before anything is written.
 */
export async function applyDates(
  store: Store,
  entries: readonly DateEntry[],
  pipeline: Pipeline,
  check: (date: string, key: string) => string,
): Promise<DatesApplied> {
  const checked = entries.map((e) => ({ key: e.key, date: check(e.date, e.key) }));
  const summaries = await store.listArticles();
  const redated: [string, string][] = [];
  const unmatched: string[] = [];
  let unchanged = 0;
  for (const { key, date } of checked) {
    const id = matchArticle(key, summaries);
    const stored = id ? await store.getArticle(id) : null;
    if (!stored) {
      unmatched.push(key);
      continue;
    }
    if (stored.article.published.basis === 'user' && stored.article.published.date === date) {
      unchanged++;
      continue;
    }
    await redateStored(store, stored.article, date, pipeline);
    redated.push([stored.article.id, date]);
  }
  if (redated.length) await inferCorpusDates(store, pipeline);
  return { redated, unchanged, unmatched };
}

function failureOf(error: DossierError, subject: string): Failure {
  return { subject: error.subject ?? subject, code: error.code, message: error.message, fix: error.fix };
}
