import { defineComponent } from '../../core/component.ts';
import { layer, withLayers } from '../../core/doc.ts';
import type { Quote } from '../../core/layers.ts';
import { attributionsIn, quotedSpans, type Attribution } from './find.ts';
import { nestedPartials } from './nested.ts';
import { tokenView } from './text-view.ts';
import { continuedSpeaker, resolveSpeaker } from './speaker.ts';

export { findAttributions, type Attribution } from './find.ts';
export { cueLemma, cueReports, cueStance } from './lemma.ts';
export { entitiesIn, resolveSpeaker, resolveSpeakers } from './speaker.ts';

/**
 * Quotes and reported speech: direct quotes (`"…," Kim said`), partial quotes (`called it a
 * "breakthrough document"`) and reported speech (`Kim said that …`, `according to KCNA, …`,
 * `…, South Korea's defense minister Shin Won-sik has said`), and each short quotation inside reported
 * speech as a partial quote of its speaker (`nestedPartials`). Each quote's span is its content; the
 * cue and source spans are kept, and the speaker is resolved to a local entity key (a pronoun opening
 * its sentence continues the speaker of the sentence before: `continuedSpeaker`).
 */
export const quotesComponent = defineComponent({
  name: 'annotate.quotes.v1',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const v = tokenView(doc.text, layer(doc, 'tokens'));
    const quoted = quotedSpans(doc.text);
    const base = attributionsIn(v, layer(doc, 'sentences'), quoted);
    const nested = nestedPartials(v, quoted, base);
    const found = [...base, ...nested].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
    const bySource = [...found].sort((a, b) => (a.source?.start ?? a.content.start) - (b.source?.start ?? b.content.start));
    const speakers = new Map<Attribution, string | null>();
    const resolved: { source: Attribution['source']; speaker: string | null }[] = [];
    for (const a of bySource) {
      const speaker = continuedSpeaker(doc, a.source, resolved) ?? resolveSpeaker(doc, a.source);
      speakers.set(a, speaker);
      resolved.push({ source: a.source, speaker });
    }
    const quotes: Quote[] = found.map((a) => ({
      start: a.content.start,
      end: a.content.end,
      kind: a.kind,
      cue: a.cue,
      source: a.source,
      speaker: speakers.get(a) ?? null,
    }));
    return withLayers(doc, { quotes });
  },
});
