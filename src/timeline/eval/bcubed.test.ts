import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.ts';

describe('bcubed', () => {
  it('is 1 for a perfect clustering and penalises merges and splits', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    expect(bcubed(gold, gold).f1).toBe(1);
    const merged = bcubed(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]), gold);
    expect(merged.precision).toBe(0.5);
    expect(merged.recall).toBe(1);
    const split = bcubed(new Map([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]), gold);
    expect(split.precision).toBe(1);
    expect(split.recall).toBe(0.5);
  });
});
