import type { Article, MetadataSource, PublishedDate, RawDocument } from '../core/article.ts';
import { diagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { stableId } from '../core/ids.ts';
import { dateFromUrl, normaliseDate } from './meta/dates.ts';
import { detectLanguage } from './meta/language.ts';
import type { Extraction, Sourced } from './types.ts';

/**
 * Builds the Article from what an extractor found, applying the metadata chains: hints given with
 * the document win over what the page says, and every field that has a value names its source.
 */
export function assembleArticle(raw: RawDocument, ex: Extraction, text: string, diagnostics: Diagnostic[]): Article {
  const sources: Record<string, MetadataSource> = {};
  const h = raw.hints;
  const pick = <T>(field: string, hinted: T | undefined | null, found: Sourced<T> | null): T | null => {
    if (hinted !== undefined && hinted !== null && !(Array.isArray(hinted) && hinted.length === 0)) {
      sources[field] = 'record';
      return hinted;
    }
    if (found) {
      sources[field] = found.source;
      return found.value;
    }
    return null;
  };
  const title = pick('title', h.title, ex.title);
  const outlet = pick('outlet', h.outlet, ex.outlet);
  const authors = pick<readonly string[]>('authors', h.authors, ex.authors) ?? [];
  const canonicalUrl = pick('canonicalUrl', null, ex.canonicalUrl);

  const published = publishedDate(raw, ex, canonicalUrl, sources, diagnostics);
  let modified: string | null = null;
  if (ex.modified) {
    const n = normaliseDate(ex.modified.value);
    if (n) {
      modified = n.time ?? n.date;
      sources.modified = ex.modified.source;
    }
  }
  const language = articleLanguage(h.language, text, ex.language, sources);
  return {
    id: stableId('art', raw.contentHash),
    source: raw.source,
    contentHash: raw.contentHash,
    format: raw.format,
    title,
    outlet,
    authors,
    published,
    modified,
    language,
    canonicalUrl,
    text,
    removed: ex.removed,
    metadataSources: sources,
    diagnostics,
  };
}

function publishedDate(raw: RawDocument, ex: Extraction, canonical: string | null, sources: Record<string, MetadataSource>, diags: Diagnostic[]): PublishedDate {
  const h = raw.hints;
  if (h.published) {
    const n = normaliseDate(h.published);
    if (n) {
      const user = h.publishedSource === 'user';
      sources.published = h.publishedSource ?? 'record';
      return { date: n.date, basis: user ? 'user' : 'metadata', how: user ? 'supplied by the user' : `${h.publishedSource ?? 'record'} hint${n.time ? ` (${n.time})` : ''}` };
    }
    diags.push(diagnostic('warning', 'clean', 'date-unparseable', `the published date hint "${h.published}" is not a date; it was ignored`));
  }
  if (ex.published) {
    const n = normaliseDate(ex.published.value);
    if (n) {
      sources.published = ex.published.source;
      return { date: n.date, basis: 'metadata', how: `${ex.published.how}${n.time ? ` (${n.time})` : ''}` };
    }
  }
  // Only web addresses: a local file name ("notes_20240618.txt") is not a publication date.
  for (const url of [h.url, canonical, raw.source]) {
    const n = url && /^https?:\/\//i.test(url) ? dateFromUrl(url) : null;
    if (n) {
      sources.published = 'url';
      return { date: n.date, basis: 'metadata', how: `URL path of ${url}` };
    }
  }
  return { date: null, basis: 'unknown' };
}

function articleLanguage(hinted: string | undefined, text: string, declared: Sourced<string> | null, sources: Record<string, MetadataSource>): string {
  const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];
  if (hinted && /^[a-z]{2,3}([-_]|$)/i.test(hinted)) {
    sources.language = 'record';
    return primary(hinted);
  }
  const detected = detectLanguage(text);
  if (detected) {
    sources.language = 'text';
    return detected.lang;
  }
  if (declared && /^[a-z]{2,3}([-_]|$)/i.test(declared.value)) {
    sources.language = declared.source;
    return primary(declared.value);
  }
  return 'und';
}
