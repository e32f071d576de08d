import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../sentences.ts';
import { findAttributions } from './find.ts';

/** Each attribution as source / cue / content text. */
function found(text: string) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({ source: at(a.source), cue: at(a.cue), content: at(a.content) }));
}

describe('source selection', () => {
  it('reads the subject across negations, floated quantifiers and time adverbials', () => {
    expect(found('The harbour board on Tuesday said that the ferry would resume in May.')[0]).toMatchObject({ source: 'The harbour board', cue: 'said' });
    expect(found('The mayor less than two weeks ago said that the bridge was safe.')[0]).toMatchObject({ source: 'The mayor', cue: 'said' });
    expect(found('The fishermen have both argued that the quota is too low.')[0]).toMatchObject({ source: 'The fishermen', cue: 'argued' });
    expect(found('Ms. Orlov doesn’t think the vote will be close.')[0]).toMatchObject({ source: 'Ms. Orlov', cue: 'think' });
  });
  it('takes a share of people polled as the source', () => {
    expect(found('In the survey of farmers, 47% say the new levy is unfair.')).toContainEqual(expect.objectContaining({ source: '47%', cue: 'say' }));
    expect(found('Among older residents, nine in 10 said they trusted the council.')).toContainEqual(expect.objectContaining({ source: 'nine in 10', cue: 'said' }));
  });
  it('reads "according to" after a short opener as attributing the clause after it', () => {
    expect(found('But, according to the port authority, the cranes will be replaced next year.')[0]).toMatchObject({
      source: 'the port authority',
      content: 'the cranes will be replaced next year',
    });
  });
  it('finds the subject of a leading cue across a comma', () => {
    const [a] = found('Councillor Bram Ode took to the radio, saying: "We will not close the library this winter."');
    expect(a).toMatchObject({ source: 'Councillor Bram Ode', cue: 'saying' });
    const [b] = found('Her spokesman, Tomas Reyes, said: "The minister has no plans to resign from the cabinet."');
    expect(b).toMatchObject({ source: 'Her spokesman, Tomas Reyes', cue: 'said' });
  });
});
