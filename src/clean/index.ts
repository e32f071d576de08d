import type { CleanResult, RawDocument } from '../core/article.ts';
import { diagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { assembleArticle } from './assemble.ts';
import { extractFromHtml } from './html/extract.ts';
import { extractFromText } from './text/classify.ts';
import { dateLineSources } from './meta/dateline.ts';
import { wordCount } from './text/features.ts';
import type { CleanOptions, Extraction } from './types.ts';

export type { CleanOptions } from './types.ts';

/**
 * clean: RawDocument → Article (clean text, title, outlet, authors, dates, language, and every
 * removed block with its reason) or a rejection with diagnostics. Pure and deterministic; never
 * throws: a page that cannot be cleaned is a rejection, not a crash.
 */
const DEFAULT_TIME_LIMIT_MS = 10_000;
const DEFAULT_MAX_INPUT_CHARS = 8_000_000;
/**
 * An article has at least this many words of body text. The shortest real article among the seeds
 * and the visible article-extraction pages has over 60; index pages and soft 404s that slip through
 * the block filter leave fewer than 25.
 */
const MIN_ARTICLE_WORDS = 25;

class TimeLimit extends Error {}

export function clean(raw: RawDocument, options: CleanOptions = {}): CleanResult {
  const diagnostics: Diagnostic[] = [];
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const started = performance.now();
  const deadline = (): void => {
    if (performance.now() - started > limit) throw new TimeLimit();
  };
  try {
    let body = raw.body ?? '';
    const max = options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
    if (body.length > max) {
      diagnostics.push(diagnostic('warning', 'clean', 'input-truncated', `the input has ${body.length} characters; only the first ${max} were cleaned`));
      body = body.slice(0, max);
    }
    const ex = extract(raw, body, deadline);
    deadline();
    const text = ex.blocks.map((b) => b.text).join('\n\n');
    if (wordCount(text) < MIN_ARTICLE_WORDS) {
      return reject(raw, diagnostics, 'no-article-content', 'no article content: the page has no body text long enough to be an article (an index page, a soft 404 or an empty page)');
    }
    return { kind: 'article', article: assembleArticle(raw, ex, text, diagnostics) };
  } catch (e) {
    if (e instanceof TimeLimit) return reject(raw, diagnostics, 'time-limit', `cleaning took longer than ${limit} ms and was stopped`);
    const message = e instanceof Error ? e.message : String(e);
    return reject(raw, diagnostics, 'clean-failed', `the cleaner failed on this document: ${message}`);
  }
}

function extract(raw: RawDocument, body: string, deadline: () => void): Extraction {
  switch (raw.format) {
    case 'html':
      return extractFromHtml(body, raw.hints, deadline);
    case 'text':
    case 'markdown': {
      const t = extractFromText(raw.format === 'markdown' ? stripMarkdown(body) : body, raw.hints);
      const dates = dateLineSources(t.dateLines);
      return {
        blocks: t.blocks,
        removed: t.removed,
        title: t.title ? { value: t.title, source: 'heuristic', how: 'first headline line' } : null,
        authors: t.authors.length ? { value: t.authors, source: 'heuristic', how: 'byline' } : null,
        outlet: t.outlet ? { value: t.outlet.name, source: 'text', how: t.outlet.how } : null,
        published: dates.published,
        modified: dates.modified,
        language: null,
        canonicalUrl: null,
      };
    }
  }
}

/** Markdown syntax off, text kept: headings' #, emphasis, links [text](url) → text, images dropped. */
function stripMarkdown(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/^\s*[-*+]\s+/gm, '• ');
}

function reject(raw: RawDocument, diagnostics: Diagnostic[], rule: string, message: string): CleanResult {
  return { kind: 'rejected', source: raw.source, diagnostics: [...diagnostics, diagnostic('error', 'clean', rule, message)] };
}
