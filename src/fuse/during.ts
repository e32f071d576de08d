import type { ResolvedEventMention } from '../core/corpus.ts';
import { DURING_CUE, DURING_MODES } from './fuse.data.ts';

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
