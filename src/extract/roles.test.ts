import { describe, expect, it } from 'vitest';
import { handDoc, type TestEntity } from '../annotate/quotes/test-doc.ts';
import { quantitiesComponent } from '../annotate/quantities/index.ts';
import { quotesComponent } from '../annotate/quotes/index.ts';
import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import { eventsComponent } from './index.ts';

/** The reaches of roles.data.ts on composed sentences (fictional names, not seed text). */
const ENTITIES: readonly TestEntity[] = [
  { key: 'norland', type: 'GPE', forms: ['Norland'] },
  { key: 'estavia', type: 'GPE', forms: ['Estavia'] },
  { key: 'valdoria', type: 'GPE', forms: ['Valdoria'] },
  { key: 'ostrova', type: 'PERSON', forms: ['Lena Ostrova', 'Ostrova'] },
  { key: 'marek', type: 'PERSON', forms: ['Ivo Marek', 'Marek'] },
];

const run = (text: string): Doc => eventsComponent.run(quotesComponent.run(quantitiesComponent.run(handDoc(text, ENTITIES))));
function roles(d: Doc, trigger: string): [readonly string[], readonly string[]] {
  const e: EventMention | undefined = (d.layers.events ?? []).find((x) => d.text.slice(x.trigger.start, x.trigger.end) === trigger);
  if (!e) throw new Error(`no event "${trigger}"`);
  return [e.actors, e.targets];
}

describe('trigger role reaches', () => {
  it('reads a passive through adverbs, "not" and "also", with its agent after "by"', () => {
    const d = run('Estavia was not attacked by Norland. Valdoria is also heavily sanctioned by Norland.');
    expect(roles(d, 'attacked')).toEqual([['norland'], ['estavia']]);
    expect(roles(d, 'sanctioned')).toEqual([['norland'], ['valdoria']]);
  });

  it('gives "they" the actors of a recent event with several, and a coordinated infinitive the main subject', () => {
    const d = run('Lena Ostrova and Ivo Marek met in Norland. They also discussed trade. Norland vowed to reinforce its border and sign a pact with Estavia.');
    expect(roles(d, 'discussed')[0]).toEqual(['ostrova', 'marek']);
    expect(roles(d, 'sign')).toEqual([['norland'], ['estavia']]);
  });

  it('keeps a few words of a non-entity subject for the summary, not a long clause', () => {
    const d = run('The letter congratulated Ostrova. The long and very warm letter from the old capital congratulated Marek.');
    const summary = (t: string) => (d.layers.events ?? []).filter((e) => d.text.slice(e.trigger.start, e.trigger.end) === t).map((e) => e.summary);
    expect(summary('congratulated')).toEqual(['The letter congratulated Lena Ostrova', 'congratulated Ivo Marek']);
  });
});
