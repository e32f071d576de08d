import { plainArticle, type PublishedDate } from '../../core/article.ts';
import { createDoc, type Doc } from '../../core/doc.ts';
import { splitSentences, tokenize } from '../sentences.ts';
import { withLayers } from '../../core/doc.ts';

/** A Doc over plain text with sentences and tokens, for tests and evaluation (no cleaning step). */
export function textDoc(text: string, published: string | null, basis: PublishedDate['basis'] = 'metadata'): Doc {
  const article = plainArticle(text, {
    id: 'test',
    source: 'test',
    contentHash: 'test',
    published: published ? { date: published, basis } : { date: null, basis: 'unknown' },
  });
  return withLayers(createDoc(article), { sentences: splitSentences(text), tokens: tokenize(text) });
}
