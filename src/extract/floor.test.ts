import { describe, expect, it } from 'vitest';
import { handDoc } from '../annotate/quotes/test-doc.ts';
import { quantitiesComponent } from '../annotate/quantities/index.ts';
import { quotesComponent } from '../annotate/quotes/index.ts';
import { eventsComponent } from './index.ts';
import {
  FLOOR_ENTITIES,
  FLOOR_EVENTS,
  FLOOR_QUOTES,
  FLOOR_QUOTE_SOURCE_RECALL,
  FLOOR_EVENT_RECALL,
  FLOOR_TEXT,
} from './fixtures/floor.data.ts';

const doc = eventsComponent.run(quotesComponent.run(quantitiesComponent.run(handDoc(FLOOR_TEXT, FLOOR_ENTITIES))));
const text = doc.text;
const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('floor fixture (composed text)', () => {
  it('attributes quotes to their sources', () => {
    const hits = FLOOR_QUOTES.filter((g) =>
      (doc.layers.quotes ?? []).some((q) => at(q) === g.content && at(q.source)?.includes(g.source.split(' ').pop() ?? '') && q.speaker === g.speaker),
    );
    expect(hits.length / FLOOR_QUOTES.length).toBeGreaterThanOrEqual(FLOOR_QUOTE_SOURCE_RECALL);
  });

  it('finds events with type, mode, actors and modality', () => {
    const events = doc.layers.events ?? [];
    const missed = FLOOR_EVENTS.filter(
      (g) =>
        !events.some(
          (e) =>
            at(e.trigger) === g.trigger &&
            e.type === g.type &&
            e.mode === g.mode &&
            e.modality === g.modality &&
            g.actors.every((a) => e.actors.includes(a)) &&
            (g.attribution === undefined || e.attribution === g.attribution),
        ),
    );
    expect(1 - missed.length / FLOOR_EVENTS.length, JSON.stringify(missed)).toBeGreaterThanOrEqual(FLOOR_EVENT_RECALL);
  });

  it('keeps the accusation with the accusers and the supply as reported', () => {
    const accuse = (doc.layers.events ?? []).find((e) => e.type === 'ACCUSE');
    expect(accuse?.actors).toEqual(['norland', 'estavia']);
    expect(accuse?.targets).toEqual(['valdoria']);
    const supply = (doc.layers.events ?? []).find((e) => e.mode === 'ship-weapons');
    expect(supply?.modality).toBe('reported');
    expect(supply?.quantities.map((i) => at(doc.layers.quantities![i]))).toEqual(['3,000 rifles']);
  });

  it('turns a denial into a denying claim', () => {
    const claim = (doc.layers.claims ?? []).find((c) => c.stance === 'denies');
    expect(claim && at(claim.content)).toBe('an arms deal');
    expect(claim?.speaker).toBe('valdoria');
  });
});
