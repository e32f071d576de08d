import type { Article, PublishedDate, RawDocument } from '../core/article.ts';
import type { Pipeline } from '../core/component.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { createDoc, type Doc } from '../core/doc.ts';
import { clean } from '../clean/index.ts';
import { inferPublishedDate } from '../annotate/time/article-date.ts';

/** The outcome of the per-document stages for one raw document. Pure: no storage, no clock. */
export type Processed =
  | { readonly kind: 'processed'; readonly doc: Doc }
  | { readonly kind: 'rejected'; readonly source: string; readonly diagnostics: readonly Diagnostic[] };

/**
 * clean → (infer the publication date from the text when no metadata gives one) → annotate → extract.
 * When the date is inferred, annotation runs against the inferred date and the article records how.
 */
export function processRaw(raw: RawDocument, pipeline: Pipeline): Processed {
  const cleaned = clean(raw);
  switch (cleaned.kind) {
    case 'rejected':
      return { kind: 'rejected', source: cleaned.source, diagnostics: cleaned.diagnostics };
    case 'article':
      return { kind: 'processed', doc: annotateArticle(cleaned.article, pipeline) };
  }
}

/** Runs annotate + extract on a clean article; infers the publication date first when unknown. */
export function annotateArticle(article: Article, pipeline: Pipeline): Doc {
  if (article.published.date !== null || article.published.basis !== 'unknown') return pipeline.run(createDoc(article));
  const inferred = inferPublishedDate(createDoc(article));
  if (inferred.basis !== 'inferred') return pipeline.run(createDoc(article));
  const dated: Article = { ...article, published: inferred, metadataSources: { ...article.metadataSources, published: 'text' } };
  if (inferred.date !== null && (inferred.confidence ?? 0) >= ANCHOR_CONFIDENCE) return pipeline.run(createDoc(dated));
  // Too uncertain to anchor relative expressions on: annotate as undated, but keep what was inferred.
  const doc = pipeline.run(createDoc(article));
  return { ...doc, article: dated };
}

/**
 * Relative expressions ("on Tuesday") are resolved against an inferred publication date only when
 * the inference is at least this confident; below it they stay relative ("the Tuesday before
 * publication"). Set with the time stage's confidence scale, where a dateline date is 0.9 and a
 * lower bound from the latest dated reference is well below 0.7.
 */
const ANCHOR_CONFIDENCE = 0.7;

/** The same article with a publication date the user supplied; all dependent dates are recomputed. */
export function redate(article: Article, date: string, pipeline: Pipeline): Doc {
  const published: PublishedDate = { date, basis: 'user', how: 'supplied by the user' };
  return pipeline.run(createDoc({ ...article, published, metadataSources: { ...article.metadataSources, published: 'user' } }));
}

/** The same article with a publication date inferred at corpus level (src/pipeline/corpus-dates.ts), re-annotated. */
export function reannotate(article: Article, published: PublishedDate, pipeline: Pipeline): Doc {
  const source = published.basis === 'inferred' ? 'text' : article.metadataSources.published;
  const metadataSources = source ? { ...article.metadataSources, published: source } : article.metadataSources;
  return pipeline.run(createDoc({ ...article, published, metadataSources }));
}
