import type { MetadataHints } from '../../core/article.ts';
import type { Extraction } from '../types.ts';
import { extractFromText } from '../text/classify.ts';
import { pageMetadata } from './metadata.ts';
import { renderLines, textOf } from './render.ts';
import { parseHtml, type El } from './tree.ts';

/**
 * HTML mode: parse, read the metadata chain, then find the article's blocks.
 */
export function extractFromHtml(html: string, hints: MetadataHints, deadline: () => void): Extraction {
  const page = parseHtml(html);
  deadline();
  const h1 = findFirst(page.root, 'h1');
  const meta = pageMetadata(page, h1 ? textOf(h1) : null);
  deadline();
  const lines = renderLines(page.root);
  const titleHint = hints.title ?? meta.title?.value;
  const text = extractFromText(lines.join('\n'), { ...hints, title: titleHint });
  return {
    blocks: text.blocks,
    removed: text.removed,
    title: meta.title ?? (text.title ? { value: text.title, source: 'heuristic', how: 'first headline line' } : null),
    authors: meta.authors,
    outlet: meta.outlet ?? (text.outlet ? { value: text.outlet.name, source: 'text', how: text.outlet.how } : null),
    published: meta.published,
    modified: meta.modified,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
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
