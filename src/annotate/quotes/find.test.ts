import { describe, expect, it } from 'vitest';
import { quotesComponent } from './index.ts';
import { handDoc } from './test-doc.ts';

function quotesOf(text: string, entities: Parameters<typeof handDoc>[1] = []) {
  const doc = quotesComponent.run(handDoc(text, entities));
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return (doc.layers.quotes ?? []).map((q) => ({ kind: q.kind, content: at(q), cue: at(q.cue), source: at(q.source), speaker: q.speaker }));
}

describe('quotes', () => {
  it('finds a direct quote with a trailing cue and resolves the speaker', () => {
    expect(quotesOf('“The port is closed,” harbour master Lena Vik said on Monday.', [{ key: 'vik', type: 'PERSON', forms: ['Lena Vik'] }])).toEqual([
      { kind: 'direct', content: '“The port is closed,”', cue: 'said', source: 'harbour master Lena Vik', speaker: 'vik' },
    ]);
  });
  it('finds reported speech with a post-posed source and an auxiliary', () => {
    const [q] = quotesOf('The ferry carried 300 passengers, the coast guard has said.');
    expect(q).toMatchObject({ kind: 'reported', content: 'The ferry carried 300 passengers', cue: 'said', source: 'the coast guard' });
  });
  it('reads "according to" in either position', () => {
    const [a] = quotesOf('According to the ministry, the bridge will reopen in May.');
    expect(a).toMatchObject({ content: 'the bridge will reopen in May', cue: 'According to', source: 'the ministry' });
    const [b] = quotesOf('The bridge will reopen in May, according to the ministry.');
    expect(b).toMatchObject({ content: 'The bridge will reopen in May', source: 'the ministry' });
  });
  it('finds partial quotes after labelling verbs and resolves a pronoun speaker', () => {
    const quotes = quotesOf('Mayor Ines Roca spoke first. She called the plan a "historic mistake".', [{ key: 'roca', type: 'PERSON', forms: ['Ines Roca'] }]);
    expect(quotes).toContainEqual({ kind: 'partial', content: 'the plan a "historic mistake"', cue: 'called', source: 'She', speaker: 'roca' });
  });
  it('keeps collective sources and cuts a denial at "but"', () => {
    const [q] = quotesOf('Arlen and Bosk deny a secret accord but promised further talks.');
    expect(q).toMatchObject({ content: 'a secret accord', cue: 'deny', source: 'Arlen and Bosk' });
  });
  it('does not take nouns or passives for cues', () => {
    expect(quotesOf('The report was published on Friday. He was accused of theft.')).toEqual([]);
  });
});

describe('trailing cues after a quotation', () => {
  it('does not take a noun or a name part for the cue', () => {
    const text = 'The minister called the levy “a fair price for a cleaner harbour,” Regional State officials noted.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.cue)).not.toContain('State');
  });
  it('does not read a headline teaser label as a speaker', () => {
    expect(quotesOf('Revealed: The harbour board kept the storm warnings to itself for a week.')).toEqual([]);
  });
});

describe('a colon that ends the line', () => {
  it('gives the next paragraph to the speaker before the colon', () => {
    const quotes = quotesOf('Lund spoke to the council on Monday. Lund continued:\n\n“The river is our first concern and the town will pay to clean it.\n\nOthers left early.');
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'direct', cue: 'continued', source: 'Lund' }));
    const reported = quotesOf('The Harbour Herald reports:\n\nAt least four ferries missed their inspections in the spring, the paper found.');
    expect(reported).toContainEqual(expect.objectContaining({ cue: 'reports', source: 'The Harbour Herald' }));
  });
  it('needs a cue before the colon', () => {
    expect(quotesOf('Here are the results of the count:\n\nThe mayor won nine of the ten districts on Sunday.')).toEqual([]);
  });
  it('reads a document that "read" after a quotation', () => {
    const [q] = quotesOf('“We will not pay for the new pier until the audit is done,” the statement read.');
    expect(q).toMatchObject({ kind: 'direct', cue: 'read', source: 'the statement' });
  });
});

describe('cue words that are also nouns', () => {
  it('reads "border disputes" as a noun and "Estavia disputes the claim" as a denial', () => {
    const nouns = quotesOf('Border disputes between the two countries have flared since March, officials said.');
    expect(nouns.map((q) => q.cue)).toEqual(['said']);
    const [denial] = quotesOf('Estavia disputes the claim that its troops crossed the border.');
    expect(denial).toMatchObject({ cue: 'disputes', source: 'Estavia' });
  });
});

describe('a fronted adverbial before the speaker', () => {
  it('is not the words reported ("Earlier this week, Valdoria warned …")', () => {
    for (const q of quotesOf('Earlier this week, Valdoria warned Estavia against new drills.')) expect(q.content).not.toBe('Earlier this week');
    expect(quotesOf('The port will reopen on Monday, officials said.')).toContainEqual(expect.objectContaining({ content: 'The port will reopen on Monday', cue: 'said' }));
  });
});
