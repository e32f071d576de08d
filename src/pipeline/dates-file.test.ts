import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../store/types.ts';
import { matchArticle, parseDatesFile } from './dates-file.ts';

const summary = (id: string, source: string, current = true): ArticleSummary => ({
  id, source, title: null, outlet: null, published: { date: null, basis: 'unknown' }, language: 'en', current, ingestedAt: '', chars: 1,
});

describe('dates files', () => {
  it('reads a plain JSON map, and a map under "dates" with notes beside it', () => {
    expect(parseDatesFile('{"a.txt": "2024-06-18"}', 'f')).toEqual([{ key: 'a.txt', date: '2024-06-18' }]);
    expect(parseDatesFile('{"about": "user-supplied", "notes": {"a.txt": "x"}, "dates": {"a.txt": "2024"}}', 'f')).toEqual([{ key: 'a.txt', date: '2024' }]);
  });

  it('reads CSV with a header, comments and a note column', () => {
    const csv = 'article,date\n# from the outlets\na.txt,2024-06-18,The Sun\n"https://x.org/b",2022-10-07\n';
    expect(parseDatesFile(csv, 'f')).toEqual([
      { key: 'a.txt', date: '2024-06-18' },
      { key: 'https://x.org/b', date: '2022-10-07' },
    ]);
  });

  it('refuses a malformed or empty file with E_FORMAT', () => {
    expect(() => parseDatesFile('{"a": ', 'f')).toThrow(expect.objectContaining({ code: 'E_FORMAT' }));
    expect(() => parseDatesFile('{"dates": {"a": 2024}}', 'f')).toThrow(expect.objectContaining({ code: 'E_FORMAT' }));
    expect(() => parseDatesFile('article,date\n', 'f')).toThrow(expect.objectContaining({ code: 'E_FORMAT' }));
  });

  it('matches an article by id, source, URL, file name or id prefix, current versions only', () => {
    const list = [summary('art_1234abcd', '/x/seeds/000_a.txt'), summary('art_9999ffff', 'https://x.org/b'), summary('art_5555aaaa', '/old/000_a.txt', false)];
    expect(matchArticle('art_1234abcd', list)).toBe('art_1234abcd');
    expect(matchArticle('https://x.org/b', list)).toBe('art_9999ffff');
    expect(matchArticle('000_a.txt', list)).toBe('art_1234abcd');
    expect(matchArticle('1234', list)).toBe('art_1234abcd');
    expect(matchArticle('nothing', list)).toBeNull();
    expect(() => matchArticle('a.txt', [summary('art_1', '/p/a.txt'), summary('art_2', '/q/a.txt')])).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});
