import { defineComponent } from '../../core/component.ts';
import { layer, withLayers } from '../../core/doc.ts';
import type { Quote } from '../../core/layers.ts';
import { findAttributions } from './find.ts';
import { resolveSpeaker } from './speaker.ts';

export { findAttributions, type Attribution } from './find.ts';
export { cueLemma, cueReports, cueStance } from './lemma.ts';
export { entitiesIn, resolveSpeaker, resolveSpeakers } from './speaker.ts';

/**
 * Quotes and reported speech: direct quotes (`"…," Kim said`), partial quotes (`called it a
 * "breakthrough document"`) and reported speech (`Kim said that …`, `according to KCNA, …`,
 * `…, South Korea's defense minister Shin Won-sik has said`). Each quote's span is its content; the
 * cue and source spans are kept, and the speaker is resolved to a local entity key.
 */
export const quotesComponent = defineComponent({
  name: 'annotate.quotes.v1',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const found = findAttributions(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'));
    const quotes: Quote[] = found.map((a) => ({
      start: a.content.start,
      end: a.content.end,
      kind: a.kind,
      cue: a.cue,
      source: a.source,
      speaker: resolveSpeaker(doc, a.source),
    }));
    return withLayers(doc, { quotes });
  },
});
