import type { MetadataHints } from '../../core/article.ts';
import type { Extraction } from '../types.ts';
import { extractMain } from './dom.ts';
import { dateLineSources } from '../meta/dateline.ts';
import { pageMetadata } from './metadata.ts';
import { textOf } from './render.ts';
import { parseHtml } from './tree.ts';

/**
 * HTML mode: parse to a light tree, read the metadata chain, then extract the main content.
 */
export function extractFromHtml(html: string, hints: MetadataHints, deadline: () => void): Extraction {
  const page = parseHtml(html);
  deadline();
  const meta = pageMetadata(page, page.h1 ? textOf(page.h1) : null);
  deadline();
  const title = hints.title ?? meta.title?.value ?? null;
  const main = extractMain(page, title, deadline);
  const dates = dateLineSources(main.dateLines);
  return {
    ...meta,
    authors: meta.authors ?? (main.bylineAuthors.length ? { value: main.bylineAuthors, source: 'heuristic', how: 'byline on the page' } : null),
    published: meta.published ?? dates.published,
    modified: meta.modified ?? dates.modified,
    blocks: main.blocks,
    removed: main.removed,
  };
}
