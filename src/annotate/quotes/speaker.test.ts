import { describe, expect, it } from 'vitest';
import { documentAuthorOf, resolveSpeaker, resolveSpeakers } from './speaker.ts';
import { quotesComponent } from './index.ts';
import { handDoc } from './test-doc.ts';

const ARLEN = { key: 'arlen', type: 'GPE' as const, forms: ['Arlen'] };
const BOSK = { key: 'bosk', type: 'GPE' as const, forms: ['Bosk'] };

function speakerOfThey(text: string, entities = [ARLEN, BOSK]) {
  const doc = handDoc(text, entities);
  const at = text.lastIndexOf('They');
  return resolveSpeaker(doc, { start: at, end: at + 4 });
}

describe('resolveSpeaker for "they"', () => {
  it('takes the subject of the sentence before, not the last place named', () => {
    expect(speakerOfThey('Arlen sent envoys to talk about Bosk. They also discussed trade.')).toBe('arlen');
  });
  it('stays unknown when that subject is not a named entity', () => {
    expect(speakerOfThey('The two envoys talked about more than Bosk. They also discussed trade.')).toBeNull();
  });
  it('allows a short lead-in before the subject', () => {
    expect(speakerOfThey('But Bosk rejected the offer from Arlen. They said it came too late.')).toBe('bosk');
  });
  it('still resolves "he" to the nearest person', () => {
    const text = 'Mayor Ines Roca met Arlen officials. He said the talks went well.';
    const doc = handDoc(text, [ARLEN, { key: 'roca', type: 'PERSON', forms: ['Ines Roca'] }]);
    const at = text.indexOf('He');
    expect(resolveSpeaker(doc, { start: at, end: at + 2 })).toBe('roca');
  });
});

describe('documentAuthorOf', () => {
  it('finds the sender of a letter named earlier, and nothing for a span that names no document', () => {
    const text = 'Mayor Ines Roca sent a letter to Arlen. The letter praised Bosk.';
    const doc = handDoc(text, [ARLEN, BOSK, { key: 'roca', type: 'PERSON', forms: ['Ines Roca'] }]);
    const at = text.indexOf('The letter');
    expect(documentAuthorOf(doc, { start: at, end: at + 10 })).toBe('roca');
    expect(documentAuthorOf(doc, { start: 0, end: 15 })).toBeNull();
    const cut = text.indexOf('The letter'); // a source span cut before its head noun ("The birthday| message")
    expect(resolveSpeaker(doc, { start: cut, end: cut + 3 })).toBe('roca');
  });
});

const VESNA = { key: 'vesna', type: 'PERSON' as const, forms: ['Ada Vesna', 'Vesna'] };
const ORLOV = { key: 'orlov', type: 'PERSON' as const, forms: ['Ivo Orlov', 'Orlov'] };
const PEOPLE = [ARLEN, BOSK, VESNA, ORLOV];

/** The speakers resolved for the source `source` (its last occurrence) in `text`. */
function speakersOf(text: string, source: string, entities = PEOPLE) {
  const at = text.lastIndexOf(source);
  return resolveSpeakers(handDoc(text, entities), { start: at, end: at + source.length });
}

describe('resolveSpeakers', () => {
  it('names every coordinated speaker of a source, in text order', () => {
    expect(speakersOf('Vesna and Orlov vowed to fight on.', 'Vesna and Orlov')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('The war will go on, officials in Bosk and Arlen have said.', 'officials in Bosk and Arlen')).toEqual(['bosk', 'arlen']);
    expect(speakersOf('Vesna and Arlen leader Ivo Orlov vowed to fight on.', 'Vesna and Arlen leader Ivo Orlov')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('Vesna and her aide from Bosk vowed to fight on.', 'Vesna and her aide from Bosk')).toEqual(['vesna']); // a person before a place, no coordination
  });
  it('resolves "the pair", "the two leaders" and "both leaders" to the pair named as a subject just before', () => {
    expect(speakersOf('Ada Vesna and Ivo Orlov met in Bosk on Monday. The pair vowed to fight on.', 'The pair')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('Ada Vesna and Bosk President Ivo Orlov met on Monday. The pair vowed to fight on.', 'The pair')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('Vesna and Orlov met in Bosk. Vesna brought gifts. The two leaders said the talks went well.', 'The two leaders')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('On Monday, Arlen and Bosk signed a pact. Both countries said it was historic.', 'Both countries')).toEqual(['arlen', 'bosk']);
  });
  it('resolves "they" to a coordinated subject of the sentence before, and keeps a single one', () => {
    expect(speakersOf('Vesna and Orlov talked about more than Bosk. They said trade grew.', 'They')).toEqual(['vesna', 'orlov']);
    expect(speakersOf('Arlen sent envoys to talk about Bosk. They said trade grew.', 'They')).toEqual(['arlen']);
    // within its own sentence, after the coordinated subject
    expect(speakersOf('Vesna and Orlov met in Bosk, and both leaders said trade grew.', 'both leaders')).toEqual(['vesna', 'orlov']);
  });
  it('leaves a plural anaphor unresolved when its antecedents do not fit', () => {
    // "the two leaders" are people: two countries are no antecedent; a single subject is none either
    expect(speakersOf('Arlen and Bosk signed a pact. The two leaders said it was historic.', 'The two leaders')).toEqual([]);
    expect(speakersOf('Vesna visited Bosk. The pair said it went well.', 'The pair')).toEqual([]);
    // three named, "the pair" means two
    expect(speakersOf('Vesna, Orlov and Ada met. The pair said it went well.', 'The pair', [...PEOPLE, { key: 'ada', type: 'PERSON', forms: ['Ada'] }])).toEqual([]);
    // too far back
    expect(speakersOf('Vesna and Orlov met. It rained. It snowed. Trade grew. The pair said it went well.', 'The pair')).toEqual([]);
  });
});

describe('quotes carry every speaker', () => {
  it('gives a quote all its speakers, the primary one first resolved, and carries them to a continued "they"', () => {
    const text = 'Ada Vesna and Ivo Orlov met in Bosk on Monday. The pair said that trade between them will double. They also said that the border would reopen soon.';
    const doc = quotesComponent.run(handDoc(text, PEOPLE));
    const quotes = (doc.layers.quotes ?? []).map((q) => [text.slice(q.source!.start, q.source!.end), q.speaker, q.speakers]);
    expect(quotes).toEqual([
      ['The pair', 'vesna', ['vesna', 'orlov']],
      ['They', 'vesna', ['vesna', 'orlov']],
    ]);
  });
  it('keeps one speaker for a single source', () => {
    const text = 'Orlov said that the talks went well.';
    const q = quotesComponent.run(handDoc(text, PEOPLE)).layers.quotes?.[0];
    expect([q?.speaker, q?.speakers]).toEqual(['orlov', ['orlov']]);
  });
});
