import { describe, expect, it } from 'vitest';
import { bandKeys, isNearDuplicate, reusedParagraphs, signature, similarity } from './minhash.ts';

const story = `Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for a two-day state visit, his first to North Korea in 24 years, state media reported.
Kim Jong Un greeted him at the airport before a welcome ceremony in Kim Il Sung Square, where thousands of people waved flags and balloons.
The two leaders are expected to sign a strategic partnership agreement covering security, trade and cultural cooperation, officials said.
Washington and Seoul have accused Pyongyang of supplying artillery shells and missiles to Russia for its war in Ukraine, which both countries deny.`;

describe('near-duplicates', () => {
  it('finds a syndicated copy with a new headline and a trailing paragraph', () => {
    const copy = `PUTIN IN PYONGYANG\n\n${story.replace('state media reported', 'according to state media')}\nFollow us for more world news every day.`;
    const a = signature(story);
    const b = signature(copy);
    expect(isNearDuplicate(a, b)).toBe(true);
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps a different article on the same story apart', () => {
    const other = `North Korean leader Kim Jong Un welcomed Vladimir Putin to Pyongyang, where the two signed a pact promising mutual assistance if either is attacked.
Analysts in Seoul said the agreement marks the strongest tie between the countries since the end of the Cold War and could worry Washington.`;
    expect(isNearDuplicate(signature(story), signature(other))).toBe(false);
    expect(similarity(signature(story), signature(other))).toBeLessThan(0.2);
  });

  it('never calls two empty texts duplicates, and is deterministic', () => {
    expect(similarity(signature(''), signature(''))).toBe(0);
    expect(signature(story)).toEqual(signature(story));
    expect(signature(story)).toHaveLength(128);
  });

  it('finds a reused paragraph', () => {
    const para = story.split('\n')[3];
    const reused = reusedParagraphs(`Something else entirely happened today in the capital city.\n\n${para}`, story);
    expect(reused).toHaveLength(1);
    expect(story.slice(reused[0].b.start, reused[0].b.end)).toBe(para);
  });
});
