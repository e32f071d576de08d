import { defineComponent } from '../core/component.ts';
import { withLayers } from '../core/doc.ts';
import { extractClaims } from './claims.ts';
import { extractEvents } from './events.ts';

export { extractClaims } from './claims.ts';
export { extractEvents } from './events.ts';
export { TRIGGERS, type TriggerEntry } from './triggers.data.ts';

/**
 * Events and claims. Events are PLOVER-typed (type, stable mode, intensity) with actors and targets
 * as local entity keys (collective actors kept together), place, time (from the time stage),
 * modality and attribution (from the quotes layer), quantities and a short summary; see
 * docs/ontology.md. Claims are the attributed statements of the quotes layer with their stance.
 */
export const eventsComponent = defineComponent({
  name: 'extract.events.v1',
  requires: ['sentences', 'tokens', 'mentions', 'entities', 'timexes', 'quantities', 'quotes'],
  assigns: ['events', 'claims'],
  run(doc) {
    const events = extractEvents(doc);
    return withLayers(doc, { events, claims: extractClaims(doc, events) });
  },
});
