import type { Doc } from '../core/doc.ts';
import { layer } from '../core/doc.ts';
import type { Claim } from '../core/layers.ts';
import { lowAt, tokenRange, tokenView } from '../annotate/quotes/text-view.ts';
import { DENIAL_CUES } from './modality.data.ts';
import { PARTICIPANT_STOP, SUBJECT_BREAKS } from './participants.data.ts';
import { subjectOf } from './subjects.ts';

/** Words that end a denied object: "deny an arms deal but vowed …". */
const CONTENT_STOP: ReadonlySet<string> = new Set([...PARTICIPANT_STOP, 'and', 'or', 'but', 'nor']);

/**
 * Denials the quotes layer did not attribute: a denial verb with a named subject and a short object
 * ("Russia and North Korea deny an arms deal") is a claim with stance `denies`; its source is the
 * subject's mentions, its content the object up to the clause end. A denial already covered by a
 * claim is left alone.
 */
export function denialClaims(doc: Doc, existing: readonly Claim[]): Claim[] {
  const v = tokenView(doc.text, layer(doc, 'tokens'));
  const out: Claim[] = [];
  for (const s of layer(doc, 'sentences')) {
    const [from, to] = tokenRange(v, s);
    for (let i = from + 1; i < to - 1; i++) {
      if (!DENIAL_CUES.has(lowAt(v, i))) continue;
      const cue = { start: v.toks[i].start, end: v.toks[i].end };
      if (existing.some((c) => c.cue && c.cue.start <= cue.start && cue.end <= c.cue.end)) continue;
      const speakers = subjectOf(doc, v, i, from);
      if (speakers.length === 0) continue;
      let last = i;
      while (last + 1 < to && !CONTENT_STOP.has(lowAt(v, last + 1)) && !SUBJECT_BREAKS.has(lowAt(v, last + 1))) last++;
      if (last === i) continue;
      const subject = (doc.layers.mentions ?? []).filter((m) => m.start >= s.start && m.end <= cue.start && speakers.includes(m.entity));
      const source = subject.length ? { start: subject[0].start, end: subject[subject.length - 1].end } : null;
      const content = { start: v.toks[i + 1].start, end: v.toks[last].end };
      out.push({ start: source?.start ?? cue.start, end: content.end, cue, source, speaker: speakers[0], speakers: [...speakers], stance: 'denies', content });
    }
  }
  return out;
}
