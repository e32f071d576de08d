import { basename } from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { ArticleSummary } from '../store/types.ts';

/**
 * A file of publication dates the user supplies for many articles at once (`dossier date --file`,
 * `dossier demo --dates`). Each entry names an article by id (or a unique id prefix), by its file
 * name, its full source path or its URL, and gives a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * JSON: `{"KEY": "DATE", …}` or `{"about": "…", "dates": {"KEY": "DATE", …}}` (other top-level
 * fields are notes and ignored). CSV: one `KEY,DATE` per line; a header line and `#` comments are
 * skipped; a third column is a free note.
 */
export interface DateEntry {
  readonly key: string;
  readonly date: string;
}

export function parseDatesFile(content: string, name: string): DateEntry[] {
  const trimmed = content.trim();
  const entries = trimmed.startsWith('{') ? fromJson(trimmed, name) : fromCsv(trimmed);
  if (entries.length === 0) throw bad(name, 'no dates in the file');
  return entries;
}

function fromJson(text: string, name: string): DateEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw bad(name, `not valid JSON (${(e as Error).message})`);
  }
  const obj = data as Record<string, unknown>;
  const map = obj.dates !== undefined && typeof obj.dates === 'object' && obj.dates !== null ? (obj.dates as Record<string, unknown>) : obj;
  return Object.entries(map)
    .filter(([, v]) => map !== obj || typeof v === 'string')
    .map(([key, v]) => {
      if (typeof v !== 'string') throw bad(name, `the date for "${key}" is not a string`);
      return { key, date: v };
    });
}

function fromCsv(text: string): DateEntry[] {
  const out: DateEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, date] = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (!key || date === undefined) continue;
    if (!/^\d{4}/.test(date)) continue; // a header line ("article,date")
    out.push({ key, date });
  }
  return out;
}

function bad(name: string, why: string): DossierError {
  return new DossierError('E_FORMAT', `${name}: ${why}`, {
    subject: name,
    fix: 'Write {"ARTICLE": "YYYY-MM-DD", …} as JSON, or one ARTICLE,YYYY-MM-DD per line as CSV (ARTICLE: id, id prefix, file name, path or URL).',
  });
}

/**
 * The current article a key names: full source path or URL, canonical URL, file name, or id/prefix.
 * Null when none matches; an ambiguous key (two articles share the file name or prefix) throws.
 */
export function matchArticle(key: string, articles: readonly (ArticleSummary & { readonly canonicalUrl?: string | null })[]): string | null {
  const tests: readonly ((a: ArticleSummary & { readonly canonicalUrl?: string | null }) => boolean)[] = [
    (a) => a.id === key || a.source === key || a.canonicalUrl === key,
    (a) => basename(a.source) === key,
    (a) => key.length >= 4 && (a.id.startsWith(key) || a.id.startsWith(`art_${key}`)),
  ];
  for (const test of tests) {
    const hits = [...new Set(articles.filter((a) => a.current && test(a)).map((a) => a.id))];
    if (hits.length > 1) {
      throw new DossierError('E_USAGE', `"${key}" names ${hits.length} articles (${hits.join(', ')})`, {
        subject: key,
        fix: 'Use the full article id or the full source path.',
      });
    }
    if (hits.length === 1) return hits[0];
  }
  return null;
}
