import { describe, expect, it } from 'vitest';
import { handDoc, type TestEntity } from '../annotate/quotes/test-doc.ts';
import { quantitiesComponent } from '../annotate/quantities/index.ts';
import { quotesComponent } from '../annotate/quotes/index.ts';
import { timeComponent } from '../annotate/time/index.ts';
import type { Doc } from '../core/doc.ts';
import { eventsComponent } from './index.ts';

/** Agreement nouns and the summaries of their signing, on composed sentences (fictional names, not seed text). */
const ENTITIES: readonly TestEntity[] = [
  { key: 'norland', type: 'GPE', forms: ['Norland'] },
  { key: 'estavia', type: 'GPE', forms: ['Estavia'] },
  { key: 'selin', type: 'GPE', forms: ['Port Selin'] },
];

const run = (text: string): Doc => eventsComponent.run(quotesComponent.run(quantitiesComponent.run(handDoc(text, ENTITIES))));
const signings = (d: Doc) =>
  (d.layers.events ?? []).filter((e) => e.mode === 'sign-agreement').map((e) => ({ trigger: d.text.slice(e.trigger.start, e.trigger.end), actors: e.actors, summary: e.summary }));
const NOUNS = ['accord', 'pact', 'treaty', 'deal', 'memorandum', 'protocol', 'charter', 'convention'];

describe('agreement nouns', () => {
  it('make "signed" one signing, told by its parties', () => {
    for (const noun of NOUNS) {
      const d = run(`Norland and Estavia signed the ${noun} in Port Selin.`);
      expect(signings(d)).toEqual([{ trigger: 'signed', actors: ['norland', 'estavia'], summary: 'Norland and Estavia sign an agreement in Port Selin' }]);
    }
  });

  it('say what happened to the agreement when nobody is named: "treaty signed in Estavia", not a bare "signed" or "agreement"', () => {
    for (const noun of NOUNS) expect(signings(run(`The ${noun} was signed in Estavia.`)).map((s) => s.summary)).toEqual([`${noun} signed in Estavia`]);
    expect(signings(run('The accord, signed at a summit in Port Selin, ended years of conflict.'))).toEqual([{ trigger: 'accord', actors: [], summary: 'accord signed' }]);
    expect(signings(run('An agreement was signed.')).map((s) => s.summary)).toEqual(['An agreement signed']);
    // the participle opens the sentence: the signing is told by the verb, named by the noun merged into it
    expect(signings(run('Signed in Port Selin, the pact ended years of conflict.'))).toEqual([{ trigger: 'Signed', actors: [], summary: 'pact signed in Port Selin' }]);
  });

  it('are no agreement where the word means something else', () => {
    const d = run('Norland acted of its own accord. Officials in Estavia kept to diplomatic protocol. The party convention opened in Port Selin. A good deal of rain fell on Norland. The two sides were in accord.');
    expect(signings(d)).toEqual([]);
  });

  it('take the year of a participle clause on them as the signing’s date', () => {
    const dated = (text: string) => eventsComponent.run(quotesComponent.run(quantitiesComponent.run(timeComponent.run(handDoc(text, ENTITIES))))).layers.events?.filter((e) => e.mode === 'sign-agreement').map((e) => e.time.value);
    expect(dated('The accord, signed at a summit in Estavia in 1990, ended years of conflict.')).toEqual(['1990']);
    expect(dated('The treaty signed in Estavia in 1990 ended the conflict.')).toEqual(['1990']);
  });
});
