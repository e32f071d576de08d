import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawDocument } from '../../core/article.ts';
import { sha256 } from '../../core/ids.ts';
import { renderLines } from '../html/render.ts';
import { parseHtml } from '../html/tree.ts';
import { clean } from '../index.ts';
import type { EvalPage } from './dataset.ts';

/** The extractors compared in `npm run eval:clean`. Each maps a page to its article text ('' on failure). */
export type Extractor = (page: EvalPage) => string;

function raw(page: EvalPage, format: RawDocument['format'], body: string): RawDocument {
  return { source: page.url ?? page.id, format, body, encoding: 'utf-8', hints: {}, contentHash: sha256(page.id) };
}

/** dossier's cleaner in HTML mode. Paragraphs are joined by "\n" like the ground truth. */
export const dossierHtml: Extractor = (page) => {
  const r = clean(raw(page, 'html', page.html));
  return r.kind === 'article' ? r.article.text.replace(/\n\n/g, '\n') : '';
};

/** The page rendered to plain text (one line per block), as a scraper would save it. */
export function renderToText(html: string): string {
  return renderLines(parseHtml(html).root).join('\n');
}

/** dossier's cleaner in text mode, on the page rendered to text. */
export const dossierText: Extractor = (page) => {
  const r = clean(raw(page, 'text', renderToText(page.html)));
  return r.kind === 'article' ? r.article.text.replace(/\n\n/g, '\n') : '';
};

/** The peer: @mozilla/readability on a linkedom document, its textContent. */
export const readabilityLinkedom: Extractor = (page) => {
  try {
    const { document } = parseHTML(page.html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
};
