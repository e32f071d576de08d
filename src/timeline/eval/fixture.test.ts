import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summariseTimeline } from '../tls.ts';
import { terms } from '../terms.ts';
import { clusterArticles } from './clustering.ts';
import { datedSentences, readArticles, readTasks } from './dataset.ts';

/**
 * CI floor on our own fixture (original text, see fixture/README.md): the full TLS path — the real
 * time component dating sentences, date ranking, sentence selection — and story clustering.
 * Measured when written: Date-F1 0.75 (bridge 1.0, vote 0.5), mean unigram F1 per gold date 0.24,
 * clustering B³ F1 1.0; with next-day leads as candidates (2026-12-07) unigram F1 0.42. Floors leave
 * a little room for changes in the time component.
 */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixture');
const DATE_F1_FLOOR = 0.7;
const CONTENT_F1_FLOOR = 0.35;

function unigramF1(a: string, b: string): number {
  const ta = terms(a);
  const tb = terms(b);
  const left = new Map<string, number>();
  for (const t of tb) left.set(t, (left.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of ta) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      hit++;
      left.set(t, n - 1);
    }
  }
  return ta.length + tb.length === 0 ? 0 : (2 * hit) / (ta.length + tb.length);
}

describe('timeline CI floor (fixture)', () => {
  const tasks = readTasks(FIXTURE);

  it('finds the dates and their content', () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    const content: number[] = [];
    for (const t of tasks) {
      const tl = summariseTimeline(readArticles(FIXTURE, t.topic).flatMap(datedSentences), t);
      const ref = JSON.parse(readFileSync(join(FIXTURE, t.gold), 'utf8')) as Record<string, string[]>;
      predicted += Object.keys(tl).length;
      gold += Object.keys(ref).length;
      for (const [d, sents] of Object.entries(ref)) {
        if (tl[d]) tp++;
        content.push(tl[d] ? unigramF1(tl[d].join(' '), sents.join(' ')) : 0);
      }
    }
    const p = tp / predicted;
    const r = tp / gold;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(DATE_F1_FLOOR);
    expect(content.reduce((s, x) => s + x, 0) / content.length).toBeGreaterThanOrEqual(CONTENT_F1_FLOOR);
  });

  it('clusters the two stories apart, incrementally', () => {
    const input = tasks.flatMap((t) => readArticles(FIXTURE, t.topic).map((article) => ({ article, gold: t.topic })));
    expect(clusterArticles(input).f1).toBe(1);
  });
});
