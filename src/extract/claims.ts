import type { Doc } from '../core/doc.ts';
import type { Claim } from '../core/layers.ts';
import { cueStance } from '../annotate/quotes/index.ts';
import { denialClaims } from './denials.ts';
import { notSpeech } from './speech.ts';

/**
 * Attributed claims: every quote or reported statement with a cue and a source becomes a claim whose
 * stance comes from its cue ("deny" → denies, "accused" → accuses, "according to"/"reported" →
 * reports, otherwise asserts). The claim's span covers source, cue and content. Denials the quotes
 * layer missed ("X and Y deny an arms deal") are added from their verb (`denials.ts`). An attribution
 * that states nothing ("thanked Pyongyang for …", "is looking for friends") is no claim (`speech.ts`).
 */
export function extractClaims(doc: Doc): Claim[] {
  const out: Claim[] = [];
  const quotes = doc.layers.quotes ?? [];
  quotes.forEach((q, i) => {
    if (!q.cue || (!q.source && !q.speaker) || notSpeech(doc, quotes, i) !== null) return;
    const parts = [q, q.cue, ...(q.source ? [q.source] : [])];
    out.push({
      start: Math.min(...parts.map((p) => p.start)),
      end: Math.max(...parts.map((p) => p.end)),
      cue: q.cue,
      source: q.source,
      speaker: q.speaker,
      speakers: q.speakers,
      stance: cueStance(doc.text.slice(q.cue.start, q.cue.end)),
      content: { start: q.start, end: q.end },
    });
  });
  return [...out, ...denialClaims(doc, out)].sort((a, b) => a.start - b.start);
}
