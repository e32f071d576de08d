import type { PublishedDate } from '../../core/article.ts';

/**
 * A publication date for reading, with its basis: `2024-06-19 (user)`, `2024 (inferred)`,
 * `2019… (inferred)` (a lower bound only), `2024-06-19…2024-06-25 (inferred)`, `unknown`.
 * Kept apart from article-date.ts so the CLI can show dates without loading the tagger.
 */
export function describePublished(p: PublishedDate): string {
  if (p.date) return `${p.date} (${p.basis})`;
  if (p.notBefore || p.notAfter) return `${p.notBefore ?? ''}…${p.notAfter ?? ''} (${p.basis})`;
  return 'unknown';
}
