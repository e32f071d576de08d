import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, CleanResult, RawDocument } from '../core/article.ts';
import { sha256 } from '../core/ids.ts';
import { macroScores, pageCounts } from './eval/shingles.ts';
import { clean } from './index.ts';

/**
 * CI floor on pages composed for this test (src/clean/fixtures: original text with realistic
 * boilerplate, each with a gold body text). The floor is pinned a little under the measured value
 * (0.99+ when pinned), so a regression in the extractor fails the build.
 */
const F1_FLOOR = 0.97;
const DIR = join(import.meta.dirname, 'fixtures');

function run(name: string, source = `https://example.test/${name}`): CleanResult {
  const body = readFileSync(join(DIR, name), 'utf8');
  const raw: RawDocument = { source, format: 'html', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
  return clean(raw);
}

function article(name: string): Article {
  const r = run(name);
  if (r.kind !== 'article') throw new Error(`${name} rejected: ${JSON.stringify(r.diagnostics)}`);
  return r.article;
}

describe('clean on composed HTML fixtures', () => {
  const golds = readdirSync(DIR).filter((f) => f.endsWith('.gold.txt')).sort();

  it('extracts the article body of each fixture above the F1 floor', () => {
    const counts = golds.map((g) => {
      const a = article(g.replace('.gold.txt', '.html'));
      return pageCounts(readFileSync(join(DIR, g), 'utf8'), a.text);
    });
    const s = macroScores(counts);
    expect(golds.length).toBeGreaterThanOrEqual(4);
    expect(s.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });

  it('drops cookie banners, share tools, newsletters, related links, comments and captions', () => {
    const t = article('harbour-news.html').text;
    for (const junk of ['cookies', 'Share on Facebook', 'Advertisement', 'inbox', 'Related stories', 'Island bakery', 'About time too', 'Leave a Reply', 'Photo: Harbour Authority', 'Read more', 'All rights reserved', 'Transport Correspondent']) {
      expect(t, junk).not.toContain(junk);
    }
    expect(t).toContain('\n\nBusinesses count the cost\n\n');
    expect(t).not.toContain('Harbour ferry strike ends after 11-day stand-off');
  });

  it('reads metadata through the fallback chain and records the winning source', () => {
    const a = article('harbour-news.html');
    expect(a.title).toBe('Harbour ferry strike ends after 11-day stand-off');
    expect(a.authors).toEqual(['Maria Lindqvist']);
    expect(a.outlet).toBe('The Coastal Courier');
    expect(a.published).toEqual({ date: '2023-03-14', basis: 'metadata', how: 'json-ld datePublished (2023-03-14T08:30:00+00:00)' });
    expect(a.modified).toBe('2023-03-14T12:05:00+00:00');
    expect(a.canonicalUrl).toBe('https://coastalcourier.example/news/2023/03/14/harbour-ferry-strike-ends');
    expect(a.language).toBe('en');
    expect(a.metadataSources).toMatchObject({ title: 'json-ld', authors: 'json-ld', outlet: 'meta-tag', published: 'json-ld', language: 'text' });
  });

  it('falls back to meta tags, <time> and the text for other pages', () => {
    const blog = article('garden-blog.html');
    expect(blog.published.date).toBe('2022-08-29');
    expect(blog.metadataSources.published).toBe('meta-tag');
    expect(blog.authors).toEqual(['Priya Raman']);
    expect(blog.title).toBe('Why my tomatoes split this summer');
    const es = article('puerto-es.html');
    expect(es.language).toBe('es');
    expect(es.published).toMatchObject({ date: '2024-05-07', basis: 'metadata' });
    expect(es.metadataSources.published).toBe('time-tag');
    expect(es.outlet).toBe('Diario del Litoral');
    const old = article('old-table-layout.html');
    expect(old.title).toBe('Mill reopens as museum');
    expect(old.outlet).toBe('Valley Gazette');
    expect(old.published).toMatchObject({ date: '2021-06-03', basis: 'metadata', how: 'date line above the article' });
    expect(old.metadataSources.published).toBe('dateline');
    expect(old.text).not.toContain('Posted June 3');
  });

  it('rejects pages with no article content: a section front and a soft 404', () => {
    for (const name of ['section-front.html', 'not-found.html']) {
      const r = run(name);
      expect(r.kind, name).toBe('rejected');
      if (r.kind === 'rejected') expect(r.diagnostics.map((d) => d.rule)).toContain('no-article-content');
    }
  });
});
