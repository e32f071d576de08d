import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanResult, RawDocument } from '../core/article.ts';
import { sha256 } from '../core/ids.ts';
import { clean } from './index.ts';

/** Bad input, generated: every case returns a CleanResult (never throws, never hangs). */
const PARAGRAPH =
  'The council voted on Tuesday to keep the library open for another year, after residents collected more than four thousand signatures and packed the public gallery for the debate.';

function html(body: string, format: RawDocument['format'] = 'html'): RawDocument {
  return { source: 'generated', format, body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
}

function rules(r: CleanResult): string[] {
  return r.kind === 'rejected' ? r.diagnostics.map((d) => d.rule) : r.article.diagnostics.map((d) => d.rule);
}

const LONG_LIMIT = { timeLimitMs: 120_000 };

describe('clean on bad input', () => {
  it('handles truncated HTML (cut mid-tag) and keeps the paragraphs before the cut', () => {
    const page = readFileSync(join(import.meta.dirname, 'fixtures/harbour-news.html'), 'utf8');
    const cut = page.slice(0, page.indexOf('Businesses count the cost') + 10);
    const r = clean(html(cut));
    expect(r.kind).toBe('article');
    if (r.kind === 'article') {
      expect(r.article.text).toContain('Ferry crews at the harbour returned to work');
      expect(r.article.title).toBe('Harbour ferry strike ends after 11-day stand-off');
    }
  });

  it('handles a DOM nested 10,000 levels deep', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const r = clean(html(deep), LONG_LIMIT);
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.article.text).toContain('packed the public gallery');
    const unclosed = `<html><body>${'<span><div><b>'.repeat(10_000)}${PARAGRAPH} ${PARAGRAPH}`;
    expect(clean(html(unclosed), LONG_LIMIT).kind).toBe('article');
  });

  it('handles a 20 MB page: cut to the input limit with a warning, article still found', () => {
    const filler = `<li><a href="/x">Menu item</a></li>`.repeat(600_000);
    const page = `<html><body><article><h1>Library stays open</h1>${`<p>${PARAGRAPH}</p>`.repeat(5)}</article><nav><ul>${filler}</ul></nav></body></html>`;
    expect(page.length).toBeGreaterThan(20_000_000);
    const r = clean(html(page), LONG_LIMIT);
    expect(r.kind).toBe('article');
    expect(rules(r)).toContain('input-truncated');
    if (r.kind === 'article') expect(r.article.text).not.toContain('Menu item');
  });

  it('stops at the time limit with a diagnostic instead of running on', () => {
    const r = clean(html(`<html><body>${`<p>${PARAGRAPH}</p>`.repeat(2000)}</body></html>`), { timeLimitMs: 0 });
    expect(r.kind).toBe('rejected');
    expect(rules(r)).toContain('time-limit');
  });

  it('rejects index pages, soft 404s, empty and script-only pages as having no article content', () => {
    const teasers = Array.from({ length: 40 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Story number ${i} headline here</a></h3><p><a href="/s/${i}">Short teaser for story ${i}.</a></p></div>`).join('');
    const cases = [
      `<html><body><nav><a href="/">Home</a></nav><main>${teasers}</main></body></html>`,
      '<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>',
      '',
      '<html><body><script>var a = 1;</script><style>p{}</style></body></html>',
      '\u0000\u0001\u0002\u00ff'.repeat(1000),
    ];
    for (const c of cases) {
      const r = clean(html(c));
      expect(r.kind, c.slice(0, 40)).toBe('rejected');
      expect(rules(r)).toContain('no-article-content');
    }
  });

  it('handles huge and odd plain text without throwing', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? PARAGRAPH : `Menu ${i}`)).join('\n');
    expect(clean(html(lines, 'text'), LONG_LIMIT).kind).toBe('article');
    expect(clean(html('\n\n\n   \n', 'text')).kind).toBe('rejected');
    expect(clean(html('# Title\n\n' + `${PARAGRAPH}\n\n`.repeat(3), 'markdown')).kind).toBe('article');
  });
});
