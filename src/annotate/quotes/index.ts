import { defineComponent } from '../../core/component.ts';
import { layer, withLayers } from '../../core/doc.ts';
import type { Quote } from '../../core/layers.ts';
import { attributionsIn, quotedSpans, type Attribution } from './find.ts';
import { nestedPartials } from './nested.ts';
import { tokenView } from './text-view.ts';
import { continuedFrom, resolveSpeaker, resolveSpeakers } from './speaker.ts';

export { findAttributions, type Attribution } from './find.ts';
export { cueLemma, cueReports, cueStance } from './lemma.ts';
export { entitiesIn, pluralAntecedents, resolveSpeaker, resolveSpeakers } from './speaker.ts';

/**
 * Quotes and reported speech: direct quotes (`"…," Kim said`), partial quotes (`called it a
 * "breakthrough document"`) and reported speech (`Kim said that …`, `according to KCNA, …`,
 * `…, South Korea's defense minister Shin Won-sik has said`), and each short quotation inside reported
 * speech as a partial quote of its speaker (`nestedPartials`). Each quote's span is its content; the
 * cue and source spans are kept, and the speakers are resolved to local entity keys: all of a
 * coordinated source or a plural anaphor (`resolveSpeakers`), the primary one as `speaker` (a pronoun
 * opening its sentence continues the speakers of the sentence before: `continuedFrom`).
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
    const speakers = new Map<Attribution, Speakers>();
    const resolved: (Speakers & { source: Attribution['source'] })[] = [];
    for (const a of bySource) {
      const continued = continuedFrom(doc, a.source, resolved);
      const found = continued ?? primaryFirst(resolveSpeaker(doc, a.source), resolveSpeakers(doc, a.source));
      speakers.set(a, found);
      resolved.push({ source: a.source, speaker: found.speaker, speakers: found.speakers });
    }
    const quotes: Quote[] = found.map((a) => ({
      start: a.content.start,
      end: a.content.end,
      kind: a.kind,
      cue: a.cue,
      source: a.source,
      speaker: speakers.get(a)?.speaker ?? null,
      speakers: speakers.get(a)?.speakers ?? [],
    }));
    return withLayers(doc, { quotes });
  },
});

interface Speakers {
  readonly speaker: string | null;
  readonly speakers: readonly string[];
}

/**
 * The primary speaker is the one `resolveSpeaker` finds (the head of "Putin and Kim", the subject
 * of the sentence before for "they"), else the first of several ("the pair"); the list always holds it.
 */
function primaryFirst(one: string | null, all: readonly string[]): Speakers {
  if (one === null) return { speaker: all[0] ?? null, speakers: all };
  return { speaker: one, speakers: all.includes(one) ? all : [one] };
}
