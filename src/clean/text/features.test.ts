import { describe, expect, it } from 'vitest';
import { normaliseSpace } from './features.ts';

/** The two-regex form the one-pass normaliseSpace replaced: the reference it must agree with. */
const reference = (t: string): string => t.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

describe('normaliseSpace', () => {
  it('collapses white space, drops zero-width characters and trims, as the regex form did', () => {
    const cases = [
      '', ' ', 'a', 'a b', '  a  b  ', 'a\u200bb', 'a \u200b b', '\u200b a', 'a\u200b', '\ufeffcafé\u00a0\u00a0au\tlait\n',
      'x\u2028y\u3000z', 'a\u200c \u200db', '\u00a0', 'déjà  vu', 'a\u0085b', 'a\x00 b', ' \u200b ',
    ];
    for (const c of cases) expect(normaliseSpace(c), JSON.stringify(c)).toBe(reference(c));
  });

  it('returns the text itself when nothing changes', () => {
    const t = 'Already normal text, with one space between words.';
    expect(normaliseSpace(t)).toBe(t);
  });
});
