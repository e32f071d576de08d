import { defineComponent } from '../../core/component.ts';
import { layer, withLayers } from '../../core/doc.ts';
import type { Quantity } from '../../core/layers.ts';
import { findQuantities } from './find.ts';

export { findQuantities } from './find.ts';

/**
 * Counted quantities: "7,000 containers filled with munitions", "20,000 to 50,000 North Korean
 * labours", "about 40 missiles", "the sixth launch in 12 days". Years, dates and durations are left
 * to the time layer (and time expressions, when that layer is present, are skipped).
 */
export const quantitiesComponent = defineComponent({
  name: 'annotate.quantities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['quantities'],
  run(doc) {
    const tokens = layer(doc, 'tokens');
    const timexes = (doc.layers.timexes ?? []).filter((t) => t.type !== 'DURATION');
    const out: Quantity[] = [];
    let k = 0;
    for (const s of layer(doc, 'sentences')) {
      while (k < tokens.length && tokens[k].start < s.start) k++;
      let e = k;
      while (e < tokens.length && tokens[e].end <= s.end) e++;
      out.push(...findQuantities(doc.text, tokens.slice(k, e), timexes));
      k = e;
    }
    return withLayers(doc, { quantities: out });
  },
});
