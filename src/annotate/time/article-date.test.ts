import { describe, expect, it } from 'vitest';
import { inferPublishedDate } from './article-date.ts';
import { textDoc } from './test-doc.ts';

describe('inferPublishedDate', () => {
  it('reads a dated dateline', () => {
    const d = inferPublishedDate(textDoc('SEOUL, June 19, 2024 (Wire) – Putin arrived in Pyongyang on Wednesday.', null));
    expect(d).toMatchObject({ date: '2024-06-19', basis: 'inferred' });
    expect(d.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('gives only a lower bound from the latest dated reference', () => {
    const d = inferPublishedDate(textDoc('The leaders met on Wednesday.\n\nThey last met in September 2023, and their treaty dates from 2000.', null));
    expect(d.date).toBeNull();
    expect(d.basis).toBe('inferred');
    expect(d.notBefore).toBe('2023-09');
  });

  it('ignores forward-looking dates for the lower bound', () => {
    const d = inferPublishedDate(textDoc('The leaders met in March 2024.\n\nThey will sign a treaty by 2030.', null));
    expect(d.notBefore).toBe('2024-03');
  });

  it('gives a range when the text also looks forward to a day', () => {
    const d = inferPublishedDate(textDoc('The leaders met in March 2024.\n\nThey will meet again on June 30, 2024.', null));
    expect(d).toMatchObject({ date: null, basis: 'inferred', notBefore: '2024-03', notAfter: '2024-06-30' });
  });

  it('stays unknown when nothing supports a date', () => {
    expect(inferPublishedDate(textDoc('Kim met Putin on Tuesday.', null))).toEqual({ date: null, basis: 'unknown' });
  });

  it('never overrides a date the user supplied', () => {
    const d = inferPublishedDate(textDoc('SEOUL, June 19, 2024 – Putin arrived.', '2024-06-18', 'user'));
    expect(d).toEqual({ date: '2024-06-18', basis: 'user' });
  });
});
