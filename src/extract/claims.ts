import type { Doc } from '../core/doc.ts';
import type { Claim, EventMention, Quote } from '../core/layers.ts';
import { overlaps } from '../core/span.ts';
import { cueStance } from '../annotate/quotes/index.ts';
import { denialClaims } from './denials.ts';
import { notSpeech } from './speech.ts';

/**
 * Attributed claims: every quote or reported statement with a cue and a source becomes a claim whose
 * stance comes from its cue ("deny" → denies, "accused" → accuses, "according to"/"reported" →
 * reports, otherwise asserts). The claim's span covers source, cue and content. Denials the quotes
 * layer missed ("X and Y deny an arms deal") are added from their verb (`denials.ts`). An attribution
 * that states nothing ("thanked Pyongyang for …", "is looking for friends") is no claim (`speech.ts`).
 * A claim whose source the quotes layer could not resolve ("The two leaders agreed …", "They also
 * discussed …") takes the actors of the event told by the same verb, which the event extractor
 * resolved from the same subject (`speakersOf`).
 */
export function extractClaims(doc: Doc, events: readonly EventMention[] = doc.layers.events ?? []): Claim[] {
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
      ...speakersOf(q, events),
      stance: cueStance(doc.text.slice(q.cue.start, q.cue.end)),
      content: { start: q.start, end: q.end },
    });
  });
  return [...out, ...denialClaims(doc, out)].sort((a, b) => a.start - b.start);
}

/**
 * The quote's own speakers, or, when it has none, the actors of an event whose trigger is its cue
 * (only an asserted or reported event: a negated or hypothetical act names no one who spoke).
 */
function speakersOf(q: Quote, events: readonly EventMention[]): { speaker: string | null; speakers: readonly string[] } {
  if (q.speakers.length > 0 || !q.cue) return { speaker: q.speaker, speakers: q.speakers };
  const cue = q.cue;
  const e = events.find((x) => x.actors.length > 0 && overlaps(x.trigger, cue) && (x.modality === 'asserted' || x.modality === 'reported'));
  return e ? { speaker: e.actors[e.actors.length - 1] ?? null, speakers: e.actors } : { speaker: q.speaker, speakers: q.speakers };
}
