import type { ResolvedEventMention } from '../core/corpus.ts';
import { DURING_CUE, DURING_MODES, SENTENCE_OPENING, TIME_SHIFT_CUE } from './fuse.data.ts';

/**
 * Dates an event mention that the extractor left undated from what its sentence says elsewhere.
 */

/**
 * A sentence with one governing time: "In September, Putin and Kim vowed … after a summit in
 * Russia" dates the vow by "In September"; the summit in the same sentence, left undated, takes
 * that date too. Only when the time expression opens the sentence (a fronted adverbial scopes
 * over all of it), every dated mention of the sentence carries that same time (a sentence with
 * "in January … in September last year" gives none), and nothing in the sentence shifts time
 * ("… on Wednesday … over two years after it launched an invasion" gives none).
 */
export function inheritSentenceTime(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[] {
  const bySentence = new Map<string, Set<string>>();
  const times = new Map<string, ResolvedEventMention['time']>();
  const key = (m: ResolvedEventMention) => `${m.evidence.article}:${m.evidence.start}:${m.evidence.end}`;
  for (const m of mentions) {
    if (m.time.timex === null || (m.time.value === null && !m.time.relative)) continue;
    const lead = m.evidence.text.slice(0, Math.max(0, m.time.timex.start - m.evidence.start));
    if (m.time.timex.start < m.evidence.start || !SENTENCE_OPENING.test(lead) || TIME_SHIFT_CUE.test(m.evidence.text)) {
      bySentence.set(key(m), new Set(['(not governing)', 'x']));
      continue;
    }
    const t = JSON.stringify([m.time.value, m.time.relative ?? null, m.time.basis]);
    const set = bySentence.get(key(m)) ?? new Set<string>();
    set.add(t);
    bySentence.set(key(m), set);
    times.set(t, m.time);
  }
  return mentions.map((m) => {
    if (m.time.value !== null || m.time.basis !== 'unknown' || m.time.relative) return m;
    const set = bySentence.get(key(m));
    return set && set.size === 1 ? { ...m, time: times.get([...set][0])! } : m;
  });
}

/**
 * "During that visit, the two countries signed a pact": an event placed inside an earlier-named
 * visit or meeting of the same article takes that occurrence's date (or its date relative to the
 * article). The antecedent is the nearest preceding visit or meeting of the article that is dated;
 * a description of a previous occurrence ("his last visit") is never the antecedent.
 */
export function inheritDuring(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[] {
  return mentions.map((m) => {
    if (m.time.value !== null || m.time.basis !== 'unknown' || !DURING_CUE.test(m.evidence.text)) return m;
    let antecedent: ResolvedEventMention | null = null;
    for (const o of mentions) {
      if (o === m || o.occurrence === 'previous' || o.type !== 'CONSULT') continue;
      if (o.mode === null || !(DURING_MODES as readonly string[]).includes(o.mode)) continue;
      if (o.time.value === null && !o.time.relative) continue;
      if (o.evidence.start >= m.evidence.start) continue;
      if (!antecedent || o.evidence.start > antecedent.evidence.start) antecedent = o;
    }
    return antecedent ? { ...m, time: antecedent.time } : m;
  });
}
