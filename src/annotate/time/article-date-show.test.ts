import { describe, expect, it } from 'vitest';
import { describePublished } from './article-date-show.ts';

describe('describePublished', () => {
  it('shows the date or the bounds with the basis, and unknown with neither', () => {
    expect(describePublished({ date: '2024-06-19', basis: 'user' })).toBe('2024-06-19 (user)');
    expect(describePublished({ date: '2024', basis: 'inferred', notBefore: '2024-01-01', notAfter: '2024-12-31' })).toBe('2024 (inferred)');
    expect(describePublished({ date: '2024', basis: 'inferred', notBefore: '2024-01-03', notAfter: '2024-12-31' })).toBe('2024 (inferred, 2024-01-03…2024-12-31)');
    expect(describePublished({ date: null, basis: 'inferred', notBefore: '2019' })).toBe('2019… (inferred)');
    expect(describePublished({ date: null, basis: 'inferred', notBefore: '2024-06-19', notAfter: '2024-06-25' })).toBe('2024-06-19…2024-06-25 (inferred)');
    expect(describePublished({ date: null, basis: 'unknown' })).toBe('unknown');
  });
});
