import type { PublishedDate } from '../../core/article.ts';
import { dayInterval } from '../../core/day-interval.ts';

/**
 * A publication date for reading, with its basis: `2024-06-19 (user)`, `2024 (inferred)`,
 * `2024 (inferred, 2024-01-03…2024-12-31)` (bounds narrower than the year), `2019… (inferred)`
 * (a lower bound only), `2024-06-19…2024-06-25 (inferred)`, `unknown`.
 * Kept apart from article-date.ts so the CLI can show dates without loading the tagger.
 */
export function describePublished(p: PublishedDate): string {
  if (p.date) {
    const whole = dayInterval(p.date);
    const narrower = whole && ((p.notBefore && p.notBefore > whole.start) || (p.notAfter && p.notAfter < whole.end));
    return narrower ? `${p.date} (${p.basis}, ${p.notBefore ?? ''}…${p.notAfter ?? ''})` : `${p.date} (${p.basis})`;
  }
  if (p.notBefore || p.notAfter) return `${p.notBefore ?? ''}…${p.notAfter ?? ''} (${p.basis})`;
  return 'unknown';
}
