import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminal punctuation and paragraph breaks', () => {
    expect(texts('Putin arrived. Kim met him!\n\nThey talked.')).toEqual(['Putin arrived.', 'Kim met him!', 'They talked.']);
  });
  it('keeps abbreviations and initials inside a sentence', () => {
    expect(texts('By Stefan J. Bos of the U.S. team. Mr. Kim left.')).toEqual(['By Stefan J. Bos of the U.S. team.', 'Mr. Kim left.']);
  });
  it('keeps closing quotes with the sentence', () => {
    expect(texts('He said “never before.” Then he left.')).toEqual(['He said “never before.”', 'Then he left.']);
  });
});

describe('tokenize', () => {
  it('keeps numbers with separators and hyphenated names whole', () => {
    const text = 'Kim Jong-un shipped 7,000 containers.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Kim', 'Jong-un', 'shipped', '7,000', 'containers', '.']);
  });
  it('splits possessive clitics and keeps initials with their period', () => {
    const text = 'North Korea’s envoy met Stefan J. Bos. It isn\'t over.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['North', 'Korea', '’s', 'envoy', 'met', 'Stefan', 'J.', 'Bos', '.', 'It', 'is', "n't", 'over', '.']);
  });
});
