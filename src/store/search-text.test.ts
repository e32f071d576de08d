import { describe, expect, it } from 'vitest';
import { MARK_END as E, MARK_START as S, markedSpans, matchSpans, parseQuery, snippetAround } from './search-text.ts';

describe('parseQuery', () => {
  it('splits words, phrases and OR groups; drops syntax; a token with inner punctuation is a phrase', () => {
    expect(parseQuery('Putin "North Korea" OR Pyongyang')).toEqual([['Putin', 'North Korea'], ['Pyongyang']]);
    expect(parseQuery('  (NEAR* ^col:x) "unclosed phrase')).toEqual([['NEAR', 'col x', 'unclosed phrase']]);
    expect(parseQuery("Kim Jong-un's O'Brien")).toEqual([["Kim", "Jong-un's", "O'Brien"]]);
    expect(parseQuery('OR OR')).toEqual([]);
    expect(parseQuery('"" * ()')).toEqual([]);
    expect(parseQuery('Путин São')).toEqual([['Путин', 'São']]);
  });
});

describe('markedSpans', () => {
  it('maps markers back to offsets in the unmarked text, astral characters included', () => {
    const { plain, spans } = markedSpans(`🇧🇷 the ${S}São${E} ${S}Paulo${E} fair and ${S}Paulo${E}`);
    expect(plain).toBe('🇧🇷 the São Paulo fair and Paulo');
    expect(spans.map((s) => plain.slice(s.start, s.end))).toEqual(['São Paulo', 'Paulo']);
  });
});

describe('matchSpans', () => {
  it('falls back to a plain search when the highlighted copy differs from the text', () => {
    expect(matchSpans('A port strike began.', `A port ${S}strike${E} began!`, [['Strike']])).toEqual([{ start: 7, end: 13 }]);
  });
});

describe('snippetAround', () => {
  it('cuts at word boundaries with ellipses', () => {
    const text = `${'word '.repeat(40)}the match is here ${'tail '.repeat(60)}`;
    const at = text.indexOf('match');
    const s = snippetAround(text, { start: at, end: at + 5 });
    expect(s.startsWith('…word')).toBe(true);
    expect(s.endsWith('tail…')).toBe(true);
    expect(s).toContain('the match is here');
    expect(snippetAround('Short text.', { start: 0, end: 5 })).toBe('Short text.');
  });
});
