import { describe, expect, it } from 'vitest';
import { quotesComponent } from './index.ts';
import { resolveSpeakers } from './speaker.ts';
import { handDoc, type TestEntity } from './test-doc.ts';
import { splitSentences, tokenize } from '../sentences.ts';
import { findAttributions } from './find.ts';

const VIK: TestEntity = { key: 'vik', type: 'PERSON', forms: ['Lena Vik', 'Vik'] };
const ARLEN: TestEntity = { key: 'arlen', type: 'GPE', forms: ['Arlen'] };
const BOSK: TestEntity = { key: 'bosk', type: 'GPE', forms: ['Bosk'] };

function quotesOf(text: string, entities: readonly TestEntity[] = []) {
  const doc = quotesComponent.run(handDoc(text, entities));
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return (doc.layers.quotes ?? []).map((q) => ({ kind: q.kind, content: at(q), source: at(q.source), speaker: q.speaker }));
}

describe('quotation marks and speakers', () => {
  it('makes a short quotation inside reported speech a partial quote of its speaker', () => {
    const quotes = quotesOf('Lena Vik said that the harbour gives the fleet its “full backing.”', [VIK]);
    expect(quotes).toContainEqual({ kind: 'partial', content: '“full backing.”', source: 'Lena Vik', speaker: 'vik' });
    expect(quotes.find((q) => q.kind === 'reported')?.speaker).toBe('vik');
  });
  it('takes the quotation right after a labelling verb as the content, and a lone quoted utterance as direct', () => {
    expect(quotesOf('Vik spoke of what she called “a storm of lies,” and of the port.', [VIK])).toContainEqual({ kind: 'partial', content: '“a storm of lies,”', source: 'she', speaker: 'vik' });
    const text = 'The port reopened.\n\n"The storm has passed and the harbour is open again for all ships," Lena Vik, the harbour master of the old town, wrote in a note.';
    expect(quotesOf(text, [VIK])[0]).toMatchObject({ kind: 'direct', content: '"The storm has passed and the harbour is open again for all ships,"', speaker: 'vik' });
  });
  it('gives a document’s words to its author, across a quotation left open to the paragraph end', () => {
    const text = 'Lena Vik sent a message to the fleet, the radio reported. The message continued: " The harbour is safe for every ship.\n\n"Such calm is rare in winter."';
    const quotes = quotesOf(text, [VIK]).filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.content, q.speaker])).toEqual([
      ['" The harbour is safe for every ship.', 'vik'],
      ['"Such calm is rare in winter."', 'vik'],
    ]);
  });
  it('never takes a nationality for the speaker, and keeps every coordinated one', () => {
    const NORP: TestEntity = { key: 'arlenian', type: 'NORP', forms: ['Arlenian'], form: 'demonym' };
    const [q] = quotesOf('The bridge will reopen in May, according to Arlenian officials.', [NORP]);
    expect([q.source, q.speaker]).toEqual(['Arlenian officials', null]);
    const text = 'The bridge will reopen in May, officials in Arlen and Bosk have said.';
    const doc = quotesComponent.run(handDoc(text, [ARLEN, BOSK]));
    expect(resolveSpeakers(doc, doc.layers.quotes?.[0].source ?? null)).toEqual(['arlen', 'bosk']);
  });
  it('lets a pronoun opening its sentence continue the speaker of the sentence before', () => {
    const AGENCY: TestEntity = { key: 'ktv', type: 'ORG', forms: ['KTV'] };
    const text = 'The state agency KTV said that the ferry left Bosk at dawn. It described the crossing as “calm and swift.”';
    const quotes = quotesOf(text, [AGENCY, BOSK]);
    expect(quotes.filter((q) => q.source === 'It').map((q) => [q.kind, q.speaker])).toEqual([['partial', 'ktv']]); // not Bosk, the place named last
  });
});

describe('outermost attributions', () => {
  const found = (text: string) =>
    findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({
      cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
      source: a.source ? text.slice(a.source.start, a.source.end) : null,
    }));
  it('leaves a belief inside reported speech to the attribution around it', () => {
    const cues = found('Mayor Dahl told reporters on Friday that she thought the tunnel would open before winter.').map((a) => a.cue);
    expect(cues).toContain('told');
    expect(cues).not.toContain('thought');
  });
  it('leaves a cue whose subject opens another attribution\'s clause to that attribution', () => {
    const cues = found('The ferry captain said that he had warned the harbour board twice about the ice.').map((a) => a.cue);
    expect(cues).toEqual(['said']);
  });
  it('gives a verb of seeming no speaking source', () => {
    expect(found('The harbour board seemed to ignore the warnings about the storm.').filter((a) => a.source !== null)).toEqual([]);
  });
  it('does not take the object of "citing" for a source', () => {
    const sources = found('The airline cancelled forty flights, citing the strike by baggage handlers.').map((a) => a.source);
    expect(sources).not.toContain('the strike by baggage handlers');
  });
});

describe('speech told through a report after it', () => {
  const sources = (text: string) => findAttributions(text, splitSentences(text), tokenize(text)).map((a) => (a.source ? text.slice(a.source.start, a.source.end) : null));
  it('gives the sentence to the report that follows the speech cue', () => {
    const s = sources('“The quay will not open this winter,” the harbour master said in a letter, according to the Coast Gazette.');
    expect(s).toContain('the Coast Gazette');
    expect(s).not.toContain('the harbour master');
  });
  it('keeps a speaker whose sentence ends before the report', () => {
    const s = sources('“The quay will not open this winter,” the harbour master said. According to the Coast Gazette, the fleet will move south.');
    expect(s).toContain('the harbour master');
  });
});
