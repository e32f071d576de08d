import { describe, expect, it } from 'vitest';
import { bcubed, type GoldMention } from './linking.ts';
import { toIob2 } from './conll.ts';

const g = (entityId: number): GoldMention => ({ doc: 0, start: 0, end: 1, entityId, named: true });

describe('bcubed', () => {
  it('is perfect when the clusters agree', () => {
    const b = bcubed([g(1), g(1), g(2)], ['a', 'a', 'b']);
    expect([b.precision, b.recall, b.mentionRecall]).toEqual([1, 1, 1]);
  });
  it('loses recall for split clusters and precision for merged ones', () => {
    const split = bcubed([g(1), g(1)], ['a', null]);
    expect(split.precision).toBe(1);
    expect(split.recall).toBe(0.5);
    const merged = bcubed([g(1), g(2)], ['a', 'a']);
    expect(merged.precision).toBe(0.5);
    expect(merged.recall).toBe(1);
  });
});

describe('toIob2', () => {
  it('starts a span where IOB1 continues from nothing', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
  });
});
