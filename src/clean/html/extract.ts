import type { MetadataHints } from '../../core/article.ts';
import type { Extraction } from '../types.ts';
import { extractMain } from './dom.ts';
import { pageMetadata } from './metadata.ts';
import { textOf } from './render.ts';
import { parseHtml, type El } from './tree.ts';

/**
 * HTML mode: parse to a light tree, read the metadata chain, then extract the main content.
 */
export function extractFromHtml(html: string, hints: MetadataHints, deadline: () => void): Extraction {
  const page = parseHtml(html);
  deadline();
  const h1 = findFirst(page.root, 'h1');
  const meta = pageMetadata(page, h1 ? textOf(h1) : null);
  deadline();
  const title = hints.title ?? meta.title?.value ?? null;
  const main = extractMain(page.root, title, deadline);
  const dl = (kind: 'published' | 'modified') => main.dateLines.find((d) => d.kind === kind);
  const pub = dl('published');
  const mod = dl('modified');
  return {
    ...meta,
    authors: meta.authors ?? (main.bylineAuthors.length ? { value: main.bylineAuthors, source: 'heuristic', how: 'byline on the page' } : null),
    published: meta.published ?? (pub ? { value: pub.time ?? pub.date, source: 'dateline', how: 'date line above the article' } : null),
    modified: meta.modified ?? (mod ? { value: mod.time ?? mod.date, source: 'dateline', how: 'date line above the article' } : null),
    blocks: main.blocks,
    removed: main.removed,
  };
}

function findFirst(root: El, tag: string): El | null {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el.tag === tag) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return null;
}
